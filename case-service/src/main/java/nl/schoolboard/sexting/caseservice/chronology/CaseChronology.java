package nl.schoolboard.sexting.caseservice.chronology;

import nl.schoolboard.sexting.caseservice.incident.query.CaseView;
import nl.schoolboard.sexting.caseservice.incident.query.TimelineEntry;
import nl.schoolboard.sexting.platform.document.PdfDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Writes a case's chronology as a Dutch PDF from what a reader of the case sees: its view (school, status, people by
 * reference and role) and its timeline (codes only). People are named by kind and a number in the order they came
 * into the case ("leerling 2 (verzender)"), or by their reference where the school leader shares it; a name is never
 * in a case, so never in a chronology.
 */
final class CaseChronology {

    private static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/Amsterdam");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", DUTCH).withZone(SCHOOL_TIME);
    private static final Properties WORDS = load();

    private CaseChronology() {
    }

    /** What goes into one export. */
    record Export(CaseView view, List<TimelineEntry> facts, ExportPurpose purpose, boolean referencesShared,
                  Instant exportedAt, String exportedByRole) {
    }

    static byte[] pdf(Export export) {
        CaseView view = export.view();
        Map<String, String> people = people(view, export.referencesShared());
        PdfDocument pdf = PdfDocument.titled(word("title") + " " + word("purpose." + export.purpose()))
                .footer(word("footer"))
                .paragraph(word("intro"))
                .line(word("case"), view.caseId())
                .line(word("school"), view.schoolId())
                .line(word("status"), word("status." + view.status()))
                .line(word("cameToLight"), MOMENT.format(view.cameToLightAt()))
                .line(word("exportedAt"), MOMENT.format(export.exportedAt()))
                .line(word("exportedBy"), word("actor." + export.exportedByRole()))
                .heading(word("people.title"))
                .paragraph(word(export.referencesShared() ? "people.shared" : "people.hidden"));
        view.people().forEach(person -> pdf.paragraph("• " + people.get(person.ref())));
        pdf.heading(word("facts.title"));
        for (TimelineEntry fact : export.facts()) {
            pdf.line(MOMENT.format(fact.occurredAt()), word("type." + fact.type()));
            pdf.line("", word("recorded") + " " + MOMENT.format(fact.recordedAt()) + " " + word("by") + " "
                    + (fact.actorRole() == null ? word("system") : word("actor." + fact.actorRole())));
            fact.summary().forEach((key, value) -> pdf.line("", word("field." + key) + ": "
                    + ("person".equals(key) ? people.getOrDefault(value, word("person.OTHER")) : values(value))));
            pdf.space();
        }
        return pdf.render();
    }

    /** Each person of the case as the chronology names them: by kind and number, or by reference where shared. */
    private static Map<String, String> people(CaseView view, boolean referencesShared) {
        Map<String, String> named = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (CaseView.Person person : view.people()) {
            String kind = word("person." + (person.kind() == null ? "OTHER" : person.kind()));
            String who = referencesShared ? person.ref() : Integer.toString(numbers.merge(kind, 1, Integer::sum));
            named.put(person.ref(), kind + " " + who + (person.role() == null ? "" : " (" + word("role." + person.role()) + ")"));
        }
        return named;
    }

    /** A code, a list of codes or a yes/no answer in words where there are words for it. */
    private static String values(String value) {
        return Arrays.stream(value.split(",")).map(one -> WORDS.getProperty("value." + one, WORDS.getProperty(
                "role." + one, WORDS.getProperty("type." + one, one)))).collect(Collectors.joining(", "));
    }

    private static String word(String key) {
        return WORDS.getProperty(key, key);
    }

    private static Properties load() {
        Properties words = new Properties();
        try (InputStream in = CaseChronology.class.getResourceAsStream("/chronology/chronology.nl.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the chronology's words could not be read", e);
        }
        return words;
    }
}
