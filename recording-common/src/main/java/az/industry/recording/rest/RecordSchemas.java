package az.industry.recording.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Names a write service's own types and records in the OpenAPI document of {@link RecordResource}, whose
 * annotations cannot: the record schema of every answer that carries a record, the batch's row schema and CSV
 * header, and the noun ({@code records.openapi.noun}) in each summary. Both schemas are taken from what the
 * scanner resolved (the body of POST and the answer of GET by id).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RecordSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        String noun = ConfigProvider.getConfig().getOptionalValue("records.openapi.noun", String.class).orElse("record");
        Map<String, PathItem> paths = openAPI.getPaths().getPathItems();
        paths.forEach((path, item) -> {
            PathItem byId = paths.get(path + "/{id}");
            if (item.getPOST() == null || byId == null || byId.getGET() == null) {
                return;
            }
            String input = ref(item.getPOST().getRequestBody().getContent());
            String record = ref(byId.getGET().getResponses().getAPIResponse("200").getContent());
            if (input == null || record == null) {
                return;
            }
            Schema one = OASFactory.createSchema().ref(record);
            answer(item.getPOST(), "201", one);
            answer(item.getGET(), "200", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(one));
            answer(paths.get(path + "/{id}/void").getPOST(), "200", one);
            PathItem batch = paths.get(path + "/batch");
            Content rows = batch.getPOST().getRequestBody().getContent();
            rows.getMediaType(APPLICATION_JSON).getSchema()
                    .items(OASFactory.createSchema().ref(input));
            rows.getMediaType("text/csv").getSchema().description("A header row of the field names of "
                    + input.substring(input.lastIndexOf('/') + 1) + ", then one " + noun + " per line");
            item.getPOST().summary("Record one " + noun);
            item.getGET().summary(capital(noun) + "s, newest first, paged");
            batch.getPOST().summary("Record up to 1000 " + noun + "s at once, all or nothing");
            byId.getGET().summary("One " + noun);
            paths.get(path + "/{id}/void").getPOST().summary("Void one " + noun + " once; reports drop it from every total");
        });
    }

    private static String ref(Content content) {
        MediaType json = content == null ? null : content.getMediaType(APPLICATION_JSON);
        return json == null || json.getSchema() == null ? null : json.getSchema().getRef();
    }

    private static void answer(Operation operation, String status, Schema schema) {
        APIResponse response = operation.getResponses().getAPIResponse(status);
        response.content(OASFactory.createContent().addMediaType(APPLICATION_JSON,
                OASFactory.createMediaType().schema(schema)));
    }

    private static String capital(String noun) {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
