package nl.schoolboard.sexting.notification.templates;

import nl.schoolboard.sexting.notification.NotificationProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * Links into the app ({@code notification.case-link-base} plus the case id as one path segment). A link carries the
 * case id only: what is behind it is shown after logging in, to whoever may see it.
 */
@Component
public class CaseLinks {

    private final String base;

    @Autowired
    public CaseLinks(NotificationProperties properties) {
        this(properties.caseLinkBase());
    }

    public CaseLinks(String caseLinkBase) {
        this.base = caseLinkBase.endsWith("/") ? caseLinkBase : caseLinkBase + "/";
    }

    public String toCase(String caseId) {
        return base + UriUtils.encodePathSegment(caseId, StandardCharsets.UTF_8);
    }

    /** Where a briefed team member reads the briefing the school leader wrote for the team. */
    public String toBriefing(String caseId) {
        return toCase(caseId) + "/team-briefing";
    }
}
