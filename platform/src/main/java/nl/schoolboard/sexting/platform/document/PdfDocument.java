package nl.schoolboard.sexting.platform.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain A4 document: blocks of text in order, laid out top to bottom and onto as many pages as they need.
 *
 * <pre>{@code
 * byte[] pdf = PdfDocument.titled("Uitnodiging voor een gesprek")
 *         .paragraph("Beste ouder,")
 *         .line("Datum", "dinsdag 24 november 2026")
 *         .render();
 * }</pre>
 *
 * <p>It uses the standard Helvetica fonts (WinAnsi encoding: every letter of Dutch, French and German); a character
 * outside it is written as {@code ?} rather than making the whole document fail.</p>
 */
public final class PdfDocument {

    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 10.5f;
    private static final float HEADING_SIZE = 12.5f;
    private static final float TITLE_SIZE = 16;
    private static final float LEADING = 1.4f;
    private static final float LABEL_WIDTH = 150;

    private sealed interface Block permits Heading, Paragraph, Line, Space {
    }

    private record Heading(String text) implements Block {
    }

    private record Paragraph(String text) implements Block {
    }

    private record Line(String label, String value) implements Block {
    }

    private record Space() implements Block {
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();
    private String footer = "";

    private PdfDocument(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    public static PdfDocument titled(String title) {
        return new PdfDocument(title);
    }

    public PdfDocument heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    /** A paragraph; a line break in {@code text} starts a new line within it. */
    public PdfDocument paragraph(String text) {
        blocks.add(new Paragraph(text == null ? "" : text));
        return this;
    }

    /** A label and its value side by side ({@code Datum: dinsdag 24 november 2026}). */
    public PdfDocument line(String label, String value) {
        blocks.add(new Line(label, value == null ? "" : value));
        return this;
    }

    public PdfDocument space() {
        blocks.add(new Space());
        return this;
    }

    /** Small print at the foot of every page, before the page number. */
    public PdfDocument footer(String text) {
        this.footer = text == null ? "" : text;
        return this;
    }

    public byte[] render() {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            new Layout(document).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the document could not be written", e);
        }
    }

    /** Writes the blocks, one page after another. */
    private final class Layout {

        private final PDDocument document;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream page;
        private int pageNumber;
        private float y;

        Layout(PDDocument document) {
            this.document = document;
        }

        void write() throws IOException {
            newPage();
            for (String part : wrap(title, bold, TITLE_SIZE, width)) {
                text(part, bold, TITLE_SIZE, MARGIN);
            }
            y -= BODY_SIZE;
            for (Block block : blocks) {
                if (block instanceof Heading heading) {
                    y -= BODY_SIZE * 0.6f;
                    for (String part : wrap(heading.text(), bold, HEADING_SIZE, width)) {
                        text(part, bold, HEADING_SIZE, MARGIN);
                    }
                } else if (block instanceof Paragraph paragraph) {
                    for (String source : paragraph.text().split("\n", -1)) {
                        for (String part : wrap(source, regular, BODY_SIZE, width)) {
                            text(part, regular, BODY_SIZE, MARGIN);
                        }
                    }
                    y -= BODY_SIZE * 0.5f;
                } else if (block instanceof Line line) {
                    List<String> parts = wrap(line.value(), regular, BODY_SIZE, width - LABEL_WIDTH);
                    ensureRoom(BODY_SIZE * LEADING);
                    page.beginText();
                    page.setFont(bold, BODY_SIZE);
                    page.newLineAtOffset(MARGIN, y - BODY_SIZE);
                    page.showText(encodable(line.label(), bold));
                    page.endText();
                    for (String part : parts) {
                        text(part, regular, BODY_SIZE, MARGIN + LABEL_WIDTH);
                    }
                } else {
                    y -= BODY_SIZE * LEADING;
                }
            }
            closePage();
        }

        private void text(String line, PDType1Font font, float size, float x) throws IOException {
            ensureRoom(size * LEADING);
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y - size);
            page.showText(line);
            page.endText();
            y -= size * LEADING;
        }

        private void ensureRoom(float height) throws IOException {
            if (y - height < MARGIN + 20) {
                closePage();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            pageNumber++;
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void closePage() throws IOException {
            page.beginText();
            page.setFont(regular, 8);
            page.newLineAtOffset(MARGIN, MARGIN - 10);
            page.showText(encodable((footer.isEmpty() ? "" : footer + "  —  ") + "pagina " + pageNumber, regular));
            page.endText();
            page.close();
        }

        /** The words of {@code text} in lines no wider than {@code max}; a word longer than a line is cut. */
        private List<String> wrap(String text, PDType1Font font, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : encodable(text, font).split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (widthOf(candidate, font, size) <= max) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                String rest = word;
                while (widthOf(rest, font, size) > max && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && widthOf(rest.substring(0, cut), font, size) > max) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                current.append(rest);
            }
            lines.add(current.toString());
            return lines;
        }

        private static float widthOf(String text, PDType1Font font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** {@code text} with every character the font cannot encode replaced by {@code ?}, white space by spaces. */
        private static String encodable(String text, PDType1Font font) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String c = Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
                try {
                    font.encode(c);
                    out.append(c);
                } catch (IOException | IllegalArgumentException notInTheFont) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
