package nl.schoolboard.sexting.platform.problem;

import jakarta.validation.ConstraintViolation;
import org.springframework.validation.FieldError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation's findings as items of a problem's {@code errors}, with a code instead of the constraint's English
 * default message. A constraint names its own code as its message template, {@code message = "{when-missing}"};
 * one without gets the code of its kind ({@code value-required}, {@code value-size}, ...), with the constraint's
 * limits as parameters. The words come from the catalogue when the problem is written.
 */
public final class ValidationProblems {

    /** The codes given to constraints that name none, each with a text in the platform's catalogue. */
    public static final List<String> CODES = List.of("value-required", "value-size", "value-min", "value-max",
            "value-wrong-form", "value-not-an-email", "value-not-accepted");

    private ValidationProblems() {
    }

    /** One field's finding as {@code {field, code, params}}, under the field's name as the client sent it. */
    public static Map<String, Object> fieldError(String field, FieldError error) {
        ConstraintViolation<?> violation = error.contains(ConstraintViolation.class)
                ? error.unwrap(ConstraintViolation.class) : null;
        if (violation != null) {
            String template = violation.getMessageTemplate();
            if (template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")
                    && !template.startsWith("{org.hibernate.")) {
                return Problems.fieldError(field, template.substring(1, template.length() - 1), Map.of());
            }
            Map<String, Object> limits = new LinkedHashMap<>();
            violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
                if (name.equals("min") || name.equals("max") || name.equals("value")) {
                    limits.put(name, value);
                }
            });
            return Problems.fieldError(field, codeOf(error.getCode()), limits);
        }
        return Problems.fieldError(field, codeOf(error.getCode()), Map.of());
    }

    private static String codeOf(String constraint) {
        if (constraint == null) {
            return "value-not-accepted";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "value-required";
            case "Size" -> "value-size";
            case "Min", "DecimalMin", "PositiveOrZero", "Positive" -> "value-min";
            case "Max", "DecimalMax" -> "value-max";
            case "Pattern" -> "value-wrong-form";
            case "Email" -> "value-not-an-email";
            default -> "value-not-accepted";
        };
    }
}
