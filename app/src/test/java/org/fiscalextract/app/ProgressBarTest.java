package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void rendersBarCountsAndRate() {
        assertEquals("[>                       ] 0/400  0.0 docs/s  ok 0  partial 0  failed 0",
                ProgressBar.render(400, 0, 0, 0, 0));
        assertEquals("[============>           ] 200/400  20.0 docs/s  ok 190  partial 4  failed 6",
                ProgressBar.render(400, 190, 4, 6, 10));
        assertEquals("[========================] 400/400  40.0 docs/s  ok 400  partial 0  failed 0",
                ProgressBar.render(400, 400, 0, 0, 10));
    }
}
