package org.fiscalextract.extractor.docfacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.document.FactSource;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.SourceFormat;

/**
 * The parts of a document the facts are read from, so that a 20 MB text costs no more than its
 * first pages: the title lines, the metadata title, the file's name and folders, the first
 * lines, a bounded stretch of body, the last lines (a signature), and heading-like lines.
 */
final class DocumentLayout {
    /** How far into the text lines are looked at. */
    static final int SCAN_LIMIT = 100_000;
    private static final int HEAD_CHARS = 1_500;
    private static final int YEAR_CHARS = 8_000;
    private static final int TAIL_CHARS = 1_500;
    private static final int TAIL_LINES = 8;
    private static final int MAX_LINES = 5_000;
    private static final int MAX_TITLE_LINES = 4;
    private static final int MAX_TITLE_CHARS = 120;
    private static final int MAX_TITLE_LINE = 80;
    static final int MAX_SHORT_LINE = 40;
    private static final int PATH_PARTS = 3;

    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:第[一二三四五六七八九十百零〇]+(?:部分|章|节|条)|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十0-9]+[）)]"
                    + "|[0-9]+[、.．]|[①-⑳])");
    private static final Pattern ATTACHMENT = Pattern.compile("^(?:附件|附表)[0-9一二三四五六七八九十]*[：:]?$");
    private static final String SENTENCE_END = "。；;！!？?，,：:";

    private final String text;
    private final String path;
    private final List<TextLine> lines;
    private final int titleEnd;
    private final Optional<Window> title;
    private final Optional<Window> metadataTitle;
    private final Optional<Window> pathWindow;

    DocumentLayout(ParsedDocument doc, String sourcePath) {
        this.text = doc.text();
        this.path = sourcePath == null ? "" : sourcePath;
        this.lines = lines(text, headingStarts(doc));
        int end = titleEnd(doc.format());
        this.titleEnd = end;
        this.title = end > 0 ? Optional.of(Window.of(Zone.TITLE, FactSource.TEXT, text, 0, end)) : Optional.empty();
        String meta = doc.metadata().title();
        this.metadataTitle = meta.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? Optional.of(Window.of(Zone.METADATA_TITLE, FactSource.METADATA_TITLE, meta, 0, Math.min(meta.length(), 500)))
                : Optional.empty();
        this.pathWindow = pathWindow(path);
    }

    String text() {
        return text;
    }

    /** The lines of the text up to {@link #SCAN_LIMIT}, in order. */
    List<TextLine> lines() {
        return lines;
    }

    /**
     * The title lines at the top of the text: up to four short lines that are no sentence, no
     * numbered heading, no table row and no 「label：value」 line (索引号：…); none for spreadsheets,
     * whose first lines are sheet names.
     */
    Optional<Window> title() {
        return title;
    }

    Optional<Window> metadataTitle() {
        return metadataTitle;
    }

    /** The file name without its extension, with up to two folders above it. */
    Optional<Window> path() {
        return pathWindow;
    }

    /** The title to read a document's own title facts from: the text's, else the file's, else the file name. */
    List<Window> titles() {
        List<Window> titles = new ArrayList<>(3);
        title.ifPresent(titles::add);
        metadataTitle.ifPresent(titles::add);
        pathWindow.ifPresent(titles::add);
        return titles;
    }

    /** Where places are looked for, each window in its zone. */
    List<Window> placeWindows() {
        List<Window> windows = new ArrayList<>(titles());
        int headEnd = Math.min(text.length(), titleEnd + HEAD_CHARS);
        int tailStart = Math.max(headEnd, text.length() - TAIL_CHARS);
        int bodyEnd = Math.min(tailStart, Math.max(headEnd, SCAN_LIMIT));
        windows.add(Window.of(Zone.HEAD, FactSource.TEXT, text, titleEnd, headEnd));
        windows.add(Window.of(Zone.BODY, FactSource.TEXT, text, headEnd, bodyEnd));
        windows.addAll(tailWindows(tailStart));
        windows.removeIf(Window::isEmpty);
        return windows;
    }

    /** The first pages after the title, where a report's year and kind are counted. */
    Window yearWindow() {
        return Window.of(Zone.HEAD, FactSource.TEXT, text, titleEnd, Math.min(text.length(), titleEnd + YEAR_CHARS));
    }

    /** Lines that look like headings: heading blocks, and short lines that are not sentences. */
    List<Window> headingLines() {
        List<Window> out = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.start() < titleEnd) {
                continue;
            }
            Window w = Window.of(Zone.HEAD, FactSource.TEXT, text, line.start(), line.end());
            if (w.isEmpty() || w.length() > MAX_SHORT_LINE * 2) {
                continue;
            }
            if (line.heading() || (w.length() <= MAX_SHORT_LINE && !endsSentence(w.text()))) {
                out.add(w);
            }
        }
        return out;
    }

    /** The last short lines of the text: where a signature stands. */
    List<Window> signatureLines() {
        List<Window> out = new ArrayList<>();
        int from = Math.max(titleEnd, text.length() - TAIL_CHARS);
        for (TextLine line : lastLines(from)) {
            if (isSignatureLike(line)) {
                out.add(Window.of(Zone.SIGNATURE, FactSource.TEXT, text, line.start(), line.end()));
            }
        }
        return out;
    }

    /** A short line that is not a sentence, a numbered heading or a table row. */
    private boolean isSignatureLike(TextLine line) {
        if (line.end() - line.start() > MAX_SHORT_LINE * 2 || text.substring(line.start(), line.end()).indexOf('\t') >= 0) {
            return false;
        }
        String compact = Window.of(Zone.SIGNATURE, FactSource.TEXT, text, line.start(), line.end()).text();
        return !compact.isEmpty() && compact.length() <= MAX_SHORT_LINE && !endsSentence(compact) && !isNumbered(compact);
    }

    static boolean endsSentence(String line) {
        return !line.isEmpty() && SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    static boolean isNumbered(String line) {
        return NUMBERED.matcher(line).find();
    }

    private List<Window> tailWindows(int tailStart) {
        List<Window> out = new ArrayList<>();
        if (tailStart >= text.length()) {
            return out;
        }
        List<TextLine> last = lastLines(tailStart);
        int bodyFrom = tailStart;
        for (TextLine line : last) {
            if (isSignatureLike(line)) {
                out.add(Window.of(Zone.BODY, FactSource.TEXT, text, bodyFrom, line.start()));
                out.add(Window.of(Zone.SIGNATURE, FactSource.TEXT, text, line.start(), line.end()));
                bodyFrom = line.end();
            }
        }
        out.add(Window.of(Zone.BODY, FactSource.TEXT, text, bodyFrom, text.length()));
        return out;
    }

    /** The last {@link #TAIL_LINES} non-blank lines starting at or after {@code from}. */
    private List<TextLine> lastLines(int from) {
        List<TextLine> out = new ArrayList<>();
        int end = text.length();
        while (end > from && out.size() < TAIL_LINES) {
            int nl = text.lastIndexOf('\n', end - 1);
            int start = Math.max(from, nl + 1);
            if (!text.substring(start, end).isBlank()) {
                out.add(0, new TextLine(start, end, false));
            }
            if (nl < from) {
                break;
            }
            end = nl;
        }
        return out;
    }

    private int titleEnd(SourceFormat format) {
        if (format == SourceFormat.XLSX || format == SourceFormat.XLS || format == SourceFormat.ET) {
            return 0;
        }
        int end = 0;
        int count = 0;
        int chars = 0;
        for (TextLine line : lines) {
            String raw = text.substring(line.start(), line.end());
            String compact = Window.of(Zone.TITLE, FactSource.TEXT, text, line.start(), line.end()).text();
            if (compact.isEmpty()) {
                continue;
            }
            if (count == 0 && ATTACHMENT.matcher(compact).find()) {
                continue;
            }
            boolean titleLike = compact.length() <= MAX_TITLE_LINE && !raw.contains("\t") && !endsSentence(compact)
                    && !isNumbered(compact) && compact.indexOf('：') < 0 && compact.indexOf(':') < 0
                    && compact.codePoints().anyMatch(PlaceMentionFinder::isHanCodePoint);
            if (!titleLike || count == MAX_TITLE_LINES || chars + compact.length() > MAX_TITLE_CHARS) {
                break;
            }
            count++;
            chars += compact.length();
            end = line.end();
        }
        return end;
    }

    private static Set<Integer> headingStarts(ParsedDocument doc) {
        Set<Integer> starts = new HashSet<>();
        for (Block b : doc.blocks()) {
            if (b.start() > SCAN_LIMIT) {
                break;
            }
            if (b.kind() == BlockKind.HEADING) {
                starts.add(b.start());
            }
        }
        return starts;
    }

    private static List<TextLine> lines(String text, Set<Integer> headingStarts) {
        List<TextLine> out = new ArrayList<>();
        int limit = Math.min(text.length(), SCAN_LIMIT);
        int start = 0;
        while (start < limit && out.size() < MAX_LINES) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 || nl > limit ? limit : nl;
            out.add(new TextLine(start, end, headingStarts.contains(start)));
            start = end + 1;
        }
        return List.copyOf(out);
    }

    private static Optional<Window> pathWindow(String path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        int end = path.length();
        int lastSep = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        int dot = path.lastIndexOf('.');
        if (dot > lastSep) {
            end = dot;
        }
        int start = lastSep + 1;
        for (int i = 1; i < PATH_PARTS && start > 0; i++) {
            int sep = Math.max(path.lastIndexOf('/', start - 2), path.lastIndexOf('\\', start - 2));
            start = sep + 1;
        }
        Window w = Window.of(Zone.PATH, FactSource.FILE_PATH, path, start, end);
        return w.isEmpty() ? Optional.empty() : Optional.of(w);
    }
}
