package nl.schoolboard.sexting.gateway.apidocs;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/docs}: where the OpenAPI documents of all services are, as paths on this gateway. Open without a
 * token, like the documents themselves; a client (the attack tests among them) finds every endpoint from here.
 */
@RestController
class ApiDocumentsController {

    @GetMapping(path = ApiDocument.INDEX_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Index index() {
        return new Index(Arrays.stream(ApiDocument.values())
                .map(document -> new Entry(document.service(), document.path()))
                .toList());
    }

    /** @param documents one entry per service */
    record Index(List<Entry> documents) {
    }

    /**
     * @param service the service that describes its API in the document
     * @param url     the document's path on this gateway (OpenAPI 3, JSON)
     */
    record Entry(String service, String url) {
    }
}
