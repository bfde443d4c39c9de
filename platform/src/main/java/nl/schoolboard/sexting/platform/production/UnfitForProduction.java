package nl.schoolboard.sexting.platform.production;

import java.util.List;
import java.util.stream.Collectors;

/** Why a production start was refused: each setting that is missing or holds a development or example value. */
public class UnfitForProduction extends IllegalStateException {

    /** One setting and what is wrong with it (never a secret's value). */
    public record Refusal(ProductionSetting setting, String reason) {

        @Override
        public String toString() {
            return setting.property() + (reason.startsWith("=") ? "" : " ") + reason + " (" + setting.purpose() + ")";
        }
    }

    private final List<Refusal> refusals;

    UnfitForProduction(List<Refusal> refusals) {
        super("Refusing to start under the '" + ProductionGuard.PRODUCTION + "' profile: "
                + refusals.stream().map(Refusal::toString).collect(Collectors.joining("; ")));
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
