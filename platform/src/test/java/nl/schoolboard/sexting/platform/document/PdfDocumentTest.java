package nl.schoolboard.sexting.platform.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentTest {

    @Test
    void what_is_written_reads_back_as_text_on_as_many_pages_as_it_needs() throws IOException {
        PdfDocument document = PdfDocument.titled("Besluit over een schorsing")
                .footer("Vertrouwelijk")
                .heading("Het besluit")
                .line("Maatregel", "schorsing van één dag — 24 november 2026")
                .paragraph("Geachte ouder,\nwij hebben besloten… ☃");
        for (int i = 0; i < 120; i++) {
            document.paragraph("Regel " + i + " met een zin die lang genoeg is om over de breedte van de bladzijde te "
                    + "lopen, zodat hij over meer dan één regel verdeeld moet worden.");
        }

        try (PDDocument pdf = Loader.loadPDF(document.render())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Besluit over een schorsing");
            assertThat(text).contains("Besluit over een schorsing", "Maatregel", "schorsing van één dag — 24 november 2026",
                    "Geachte ouder,", "wij hebben besloten… ?", "Regel 119", "Vertrouwelijk", "pagina 3");
        }
    }
}
