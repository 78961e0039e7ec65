package org.fiscalextract.extractor.relate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Quantity;

/**
 * A stated number of evaluated projects and the projects the report goes on to list: as the
 * sub-headings of a 重点项目绩效…结果 section, or as the projects graded in the paragraph that
 * states the number.
 */
final class ListedItems {
    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、.*重点项目.*(结果|评价).*");
    private static final Pattern TOP_HEADING = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern SUB_HEADING = Pattern.compile("^（[一二三四五六七八九十]+）(.*)");

    private ListedItems() {
    }

    static void find(FactIndex index, List<Relation> out) {
        Optional<Fact> stated = firstProjectCount(index);
        if (stated.isEmpty()) {
            return;
        }
        List<String> headings = projectHeadings(index);
        if (!headings.isEmpty()) {
            out.add(new Relation.ListedItems("prose.section_headings", stated.get(), headings));
            return;
        }
        List<String> graded = gradedInParagraph(index, stated.get());
        if (graded.size() >= 2) {
            out.add(new Relation.ListedItems("prose.graded_projects", stated.get(), graded));
        }
    }

    /** The first count of evaluated projects: 8个重点项目, 8个项目开展了财政重点评价. */
    private static Optional<Fact> firstProjectCount(FactIndex index) {
        for (Block block : index.doc().blocks()) {
            for (Fact f : index.in(block.index(), "count")) {
                if (f.quantity() instanceof Quantity.Count c && c.counted().contains("项目")
                        && f.context().contains("评价")) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** The sub-headings (（一）…) of the first section about key projects' evaluation results. */
    private static List<String> projectHeadings(FactIndex index) {
        List<String> headings = new ArrayList<>();
        boolean inSection = false;
        for (Block block : index.doc().blocks()) {
            if (block.kind() == BlockKind.TABLE_CELL) {
                continue;
            }
            String text = block.text();
            if (TOP_HEADING.matcher(text).matches() && text.length() <= 60) {
                if (inSection) {
                    break;
                }
                inSection = SECTION.matcher(text).matches();
                continue;
            }
            var m = SUB_HEADING.matcher(text);
            if (inSection && m.matches() && text.length() <= 60) {
                headings.add(m.group(1));
            }
        }
        return headings;
    }

    /** The subjects graded in the paragraph that states the count, after it. */
    private static List<String> gradedInParagraph(FactIndex index, Fact count) {
        Set<String> subjects = new LinkedHashSet<>();
        for (Block block : index.doc().blocks()) {
            if (block.start() <= count.start() && count.end() <= block.end()) {
                for (Fact f : index.in(block.index(), "grade")) {
                    if (f.start() > count.start() && !f.subject().isEmpty()) {
                        subjects.add(f.subject());
                    }
                }
            }
        }
        return List.copyOf(subjects);
    }
}
