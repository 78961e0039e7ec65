package org.fiscalextract.extractor.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fiscalextract.model.check.EvaluatedProject;
import org.fiscalextract.model.check.IndicatorTable;
import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.TableInventory;
import org.fiscalextract.model.fact.Fact;

/**
 * Finds which facts of a report must agree with each other (totals and parts, rates and their
 * amounts, changes, scores and grades, counts, scored tables) and which projects it evaluates.
 * It only relates facts; whether they agree is the checks' business. Immutable and thread-safe.
 */
public final class RelationFinder {

    /** What was found: the relations, the scored indicator tables, the evaluated projects. */
    public record Found(List<Relation> relations, List<IndicatorTable> tables, List<EvaluatedProject> projects) {
        public Found {
            relations = List.copyOf(relations);
            tables = List.copyOf(tables);
            projects = List.copyOf(projects);
        }

        /** Which standard budget tables the document holds; none for a document without them. */
        public TableInventory standardTables() {
            return relations.stream().filter(Relation.TableSet.class::isInstance)
                    .map(r -> ((Relation.TableSet) r).inventory()).findFirst().orElse(TableInventory.NONE);
        }
    }

    private final Identities identities = new Identities();
    private final RateWordings rateWordings = new RateWordings();
    private final WholeCounts wholeCounts = new WholeCounts();
    private final StandardTables standardTables = new StandardTables();

    public Found find(ParsedDocument doc, List<Fact> facts) {
        FactIndex index = new FactIndex(doc, facts);
        List<Relation> relations = new ArrayList<>();
        ProseRelations.find(index, relations);
        TableRelations.find(index, relations);
        CodeHierarchy.find(index, relations);
        standardTables.find(index, relations);
        identities.find(index, relations);
        ListedItems.find(index, relations);
        FunctionClasses.find(index, relations);
        UnspentFunds.find(index, relations);
        rateWordings.find(index, relations);
        wholeCounts.find(index, relations);
        List<EvaluatedProject> projects = Projects.find(index, relations);
        return new Found(withoutRepeats(relations), IndicatorTables.find(index), projects);
    }

    /** The same total with the same parts, found by two routes (其中 and an identity), is checked once. */
    private static List<Relation> withoutRepeats(List<Relation> relations) {
        Set<String> seen = new HashSet<>();
        List<Relation> kept = new ArrayList<>();
        for (Relation r : relations) {
            if (seen.add(signature(r))) {
                kept.add(r);
            }
        }
        return kept;
    }

    private static String signature(Relation r) {
        String kind = r.getClass().getSimpleName();
        if (r instanceof Relation.Breakdown b) {
            return kind + ":" + b.total().factId() + ":" + ids(b.parts());
        } else if (r instanceof Relation.CountParts c) {
            return kind + ":" + c.total().factId() + ":" + ids(c.parts());
        } else if (r instanceof Relation.Ratio q) {
            return kind + ":" + q.rate().factId();
        } else if (r instanceof Relation.Shares s) {
            return kind + ":" + ids(s.shares());
        } else if (r instanceof Relation.Change c) {
            return kind + ":" + c.current().factId() + ":" + c.change().map(Fact::factId).orElse("")
                    + ":" + c.rate().map(Fact::factId).orElse("");
        } else if (r instanceof Relation.GradedScore g) {
            return kind + ":" + g.score().factId() + ":" + g.grade().factId();
        } else if (r instanceof Relation.ListedItems l) {
            return kind + ":" + l.count().factId();
        } else if (r instanceof Relation.RateWording w) {
            return kind + ":" + w.rate().factId() + ":" + w.words();
        } else if (r instanceof Relation.WholeCounts w) {
            return kind + ":" + ids(w.counts());
        } else if (r instanceof Relation.Unspent u) {
            return kind + ":" + u.rate().factId() + ":" + u.budget().factId();
        } else if (r instanceof Relation.TableSet t) {
            return kind;
        } else if (r instanceof Relation.ProseAndTable p) {
            return kind + ":" + p.prose().factId() + ":" + p.cell().factId();
        }
        throw new IllegalStateException("unknown relation " + kind);
    }

    private static String ids(List<Fact> facts) {
        return facts.stream().map(Fact::factId).sorted().collect(Collectors.joining(","));
    }
}
