package nl.patroon.indexer.source.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML into paragraphs with page numbers. Tika marks each PDF page with
 * {@code <div class="page">} and paragraphs with {@code <p>}; other formats have no pages (page 0).
 * Blocks holding several blank-line separated paragraphs (plain text) are split further.
 */
final class ParagraphCollector extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
            "pre", "blockquote", "title");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    /**
     * Longest paragraph kept as one passage. A longer run of text (a 200 MB single-line file, a table dumped
     * without breaks) is cut into pieces at a space, so memory stays bounded and every piece stays citable.
     */
    static final int MAX_PARAGRAPH = 20_000;
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");

    /** One paragraph of extracted text. {@code page} is 0 for formats without pages. */
    record Paragraph(int page, String text) {
    }

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private final long maxChars;
    private long totalChars;
    private boolean truncated;
    private int page;
    private boolean paged;
    private int skipDepth;

    ParagraphCollector(long maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        name = name.toLowerCase(Locale.ROOT);
        if (name.equals("head") || name.equals("script") || name.equals("style")) {
            skipDepth++;
            return;
        }
        if (name.equals("div") && "page".equals(atts.getValue("class"))) {
            flush();
            paged = true;
            page++;
        } else if (BLOCKS.contains(name) || name.equals("br") && buffer.length() > 0 && endsWithNewline()) {
            flush();
        } else if (name.equals("br")) {
            buffer.append('\n');
        }
    }

    private boolean endsWithNewline() {
        return buffer.charAt(buffer.length() - 1) == '\n';
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = (localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (name.equals("head") || name.equals("script") || name.equals("style")) {
            skipDepth = Math.max(0, skipDepth - 1);
            return;
        }
        if (BLOCKS.contains(name) || name.equals("div")) {
            flush();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0 || truncated) {
            return;
        }
        long room = maxChars - totalChars;
        int n = (int) Math.min(length, room);
        buffer.append(ch, start, n);
        totalChars += n;
        while (buffer.length() > 2 * MAX_PARAGRAPH) {
            int cut = buffer.lastIndexOf(" ", MAX_PARAGRAPH);
            cut = cut < MAX_PARAGRAPH / 2 ? MAX_PARAGRAPH : cut + 1;
            String piece = buffer.substring(0, cut);
            buffer.delete(0, cut);
            addParagraphs(piece);
        }
        if (n < length) {
            truncated = true;
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void flush() {
        if (buffer.length() == 0) {
            return;
        }
        addParagraphs(buffer);
        buffer.setLength(0);
    }

    private void addParagraphs(CharSequence run) {
        for (String part : BLANK_LINE.split(run)) {
            String text = SPACES.matcher(part).replaceAll(" ").replaceAll(" ?\\n ?", "\n").strip();
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(paged ? Math.max(page, 1) : 0, text));
            }
        }
    }

    @Override
    public void endDocument() {
        flush();
    }

    List<Paragraph> paragraphs() {
        flush();
        return paragraphs;
    }

    boolean truncated() {
        return truncated;
    }

    boolean paged() {
        return paged;
    }

    int pages() {
        return page;
    }
}
