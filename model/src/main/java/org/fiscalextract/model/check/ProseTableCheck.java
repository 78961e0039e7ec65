package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Quantity;

/**
 * {@code prose_vs_table}: one figure of one item as the running text states it and as a table
 * does (a project's score in the text and in its table's total row). They agree when the finer,
 * rounded as the coarser is written, is the coarser; within both half-units the finding is info,
 * beyond them an error; two different grades are an error.
 */
public final class ProseTableCheck extends RelationCheck<Relation.ProseAndTable> {
    public static final String NAME = "prose_vs_table";

    public ProseTableCheck() {
        super(NAME, Relation.ProseAndTable.class);
    }

    @Override
    Optional<Finding> check(Relation.ProseAndTable pair) {
        if (!Relations.decidable(pair.prose()) || !Relations.decidable(pair.cell())
                || RestatementCheck.sameValue(pair.prose(), pair.cell())) {
            return Optional.empty();
        }
        List<Quote> quotes = List.of(Quotes.of(pair.prose()), Quotes.of(pair.cell()));
        String head = pair.item() + ": the text states ";
        if (pair.prose().quantity() instanceof Quantity.Grade a && pair.cell().quantity() instanceof Quantity.Grade b) {
            String message = head + a.level().label() + " (" + pair.prose().location().label() + "), the table "
                    + b.level().label() + " (" + pair.cell().location().label() + "): the grades differ";
            return Optional.of(new Finding(NAME, Severity.ERROR, message, "grade", Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), quotes));
        }
        Optional<Stated> prose = Stated.of(pair.prose());
        Optional<Stated> cell = Stated.of(pair.cell());
        if (prose.isEmpty() || cell.isEmpty() || !prose.get().unit().equals(cell.get().unit())) {
            return Optional.empty();
        }
        BigDecimal difference = prose.get().value().subtract(cell.get().value());
        BigDecimal tolerance = prose.get().halfUnit().add(cell.get().halfUnit());
        Agreement agreement = Agreement.of(false, difference, tolerance);
        String message = head + prose.get().named() + " (" + pair.prose().location().label() + "), the table "
                + cell.get().named() + " (" + pair.cell().location().label() + "): "
                + agreement.describe(prose.get().writeGap(difference.abs(), Stated.IN_FULL),
                tolerance.signum() == 0 ? "" : prose.get().writeGap(tolerance, Stated.IN_FULL));
        return Optional.of(new Finding(NAME, agreement.severity().orElseThrow(), message, prose.get().unit(),
                Optional.of(Decimals.plain(cell.get().value())), Optional.of(Decimals.plain(prose.get().value())),
                Optional.of(Decimals.plain(difference)), Optional.of(Decimals.plain(tolerance)), quotes));
    }
}
