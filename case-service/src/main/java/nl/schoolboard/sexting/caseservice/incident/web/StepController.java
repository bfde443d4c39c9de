package nl.schoolboard.sexting.caseservice.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.schoolboard.sexting.caseservice.access.AccessRule;
import nl.schoolboard.sexting.caseservice.access.Guarded;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import nl.schoolboard.sexting.caseservice.incident.command.StepCommand;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;


/**
 * Every protocol step after the report: {@code POST /api/cases/{caseId}/{step}}. The body holds the step's fields;
 * {@code If-Match: "<version>"} (or {@code expectedVersion} in the body) makes the step conditional on the case not
 * having changed since the user looked (409 with the current version if it has); {@code Idempotency-Key} makes a
 * retry harmless. Answers with the case version after the step. Whether the caller's role records this step and
 * whether they reach the case is decided before the body is read ({@link AccessRule#TAKE_STEP}).
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
record StepController(CommandGateway commands, ObjectMapper json) {

    @Guarded(AccessRule.TAKE_STEP)
    @PostMapping("/{step}")
    ResponseEntity<CaseAccepted> take(@PathVariable String caseId, @PathVariable String step,
                                      @RequestBody(required = false) JsonNode body,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                      RequestActor actor) {
        StepAction action = StepAction.byPath(step).orElseThrow(() -> new UnknownStep(step));
        ObjectNode fields = body instanceof ObjectNode object ? object.deepCopy() : json.createObjectNode();
        fields.put("caseId", caseId);
        if (ifMatch != null && !ifMatch.isBlank()) {
            fields.put("expectedVersion", parseVersion(ifMatch));
        }
        StepCommand command = json.convertValue(fields, action.command);
        Long version = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(CommandMetaData.of(actor, idempotencyKey)));
        return ResponseEntity.ok().eTag(Long.toString(version)).body(new CaseAccepted(caseId, version));
    }

    private static long parseVersion(String ifMatch) {
        String digits = ifMatch.replace("W/", "").replace("\"", "").trim();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw InvalidCommand.of("If-Match", RuleCode.IF_MATCH_NOT_A_VERSION);
        }
    }
}
