package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code listed_items}: a stated number of items against the items the document goes on to list
 * (8个重点项目 and then （一）…（九）). A difference is a {@code warning}, not an error: a list may
 * count a part the number leaves out (含一个部门整体), and a reader must judge.
 */
public final class ListedItemsCheck extends RelationCheck<Relation.ListedItems> {
    public static final String NAME = "listed_items";

    public ListedItemsCheck() {
        super(NAME, Relation.ListedItems.class);
    }

    @Override
    Optional<Finding> check(Relation.ListedItems listed) {
        Optional<Stated> count = Stated.of(listed.count()).filter(s -> s.unit().equals("item"));
        if (count.isEmpty() || !Relations.decidable(listed.count()) || listed.items().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal stated = count.get().value();
        BigDecimal items = BigDecimal.valueOf(listed.items().size());
        BigDecimal difference = stated.subtract(items);
        if (difference.signum() == 0) {
            return Optional.empty();
        }
        String names = listed.items().stream().map(i -> "“" + i + "”").collect(Collectors.joining(", "));
        String gap = difference.abs().toPlainString() + (difference.signum() < 0 ? " more" : " fewer")
                + " listed than stated";
        String message = count.get().shown() + " stated, but " + listed.items().size() + " item"
                + (listed.items().size() == 1 ? " is" : "s are") + " listed: " + names + ": " + gap;
        return Optional.of(new Finding(NAME, Severity.WARNING, message, "item", Optional.of(items),
                Optional.of(Decimals.plain(stated)), Optional.of(Decimals.plain(difference)),
                Optional.of(BigDecimal.ZERO), List.of(Quotes.of(listed.count()))));
    }
}
