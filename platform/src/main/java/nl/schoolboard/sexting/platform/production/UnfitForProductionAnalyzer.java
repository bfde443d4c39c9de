package nl.schoolboard.sexting.platform.production;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Spring Boot's "APPLICATION FAILED TO START" report for {@link UnfitForProduction}: one line per setting. */
class UnfitForProductionAnalyzer extends AbstractFailureAnalyzer<UnfitForProduction> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnfitForProduction cause) {
        String description = "Refusing to start under the '" + ProductionGuard.PRODUCTION + "' profile. These settings"
                + " are missing or hold a development or example value:\n" + cause.refusals().stream()
                .map(refusal -> "  - " + refusal).collect(Collectors.joining("\n"));
        return new FailureAnalysis(description,
                "Give each of them production's own value (docs/production.md lists every setting; the token issuer"
                        + " is the board's own OIDC provider), or run without the '" + ProductionGuard.PRODUCTION
                        + "' profile for development.", cause);
    }
}
