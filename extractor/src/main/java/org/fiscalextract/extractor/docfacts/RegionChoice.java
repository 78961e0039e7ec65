package org.fiscalextract.extractor.docfacts;

import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.document.AdminRegion;
import org.fiscalextract.model.document.FactEvidence;

/**
 * The region a document is about, with the evidence for it; {@code division} is empty when no
 * division was chosen or the name could not be told apart from its namesakes.
 *
 * @param mentions the mentions of the chosen division, strongest first
 */
record RegionChoice(AdminRegion region, Optional<Division> division, Optional<FactEvidence> evidence,
                    List<PlaceMention> mentions) {
    static final RegionChoice NONE = new RegionChoice(AdminRegion.NONE, Optional.empty(), Optional.empty(), List.of());

    RegionChoice {
        mentions = List.copyOf(mentions);
    }

    /**
     * The fullest way the document writes the division's name from the prefecture on
     * (黄石经济技术开发区·铁山区, 攀枝花市东区), separators written as ·; empty when not named.
     */
    String writtenForm() {
        String best = "";
        for (PlaceMention m : mentions) {
            String form = m.localForm();
            if (form.length() > best.length()) {
                best = form;
            }
        }
        return best.replace('•', '·').replace('・', '·').replace('‧', '·').replace('∙', '·');
    }
}
