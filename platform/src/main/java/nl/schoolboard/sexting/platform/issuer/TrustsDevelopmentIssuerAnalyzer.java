package nl.schoolboard.sexting.platform.issuer;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Spring Boot's "APPLICATION FAILED TO START" report for {@link TrustsDevelopmentIssuer}: what is wrong, what to do. */
class TrustsDevelopmentIssuerAnalyzer extends AbstractFailureAnalyzer<TrustsDevelopmentIssuer> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TrustsDevelopmentIssuer cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + cause.property() + " (and the other of issuer-uri and jwk-set-uri) to the board's own OIDC"
                        + " provider, or run without the '" + ProductionTrustGuard.PRODUCTION
                        + "' profile for development.", cause);
    }
}
