package az.industry.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The problem+json responses every write endpoint can give, defined once as OpenAPI components; resources refer
 * to them by name, e.g. {@code @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    public static final String INVALID = "Invalid";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String TOO_LARGE = "TooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String UNKNOWN_ZONE = "UnknownZone";

    private static final String PROBLEM_SCHEMA = "Problem";

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            INVALID, "Malformed or invalid fields (including the Idempotency-Key header); `violations` names each"
                    + " bad field. Nothing is stored.",
            NOT_FOUND, "No record has this id.",
            CONFLICT, "Already voided, or the Idempotency-Key was used before with a different request.",
            TOO_LARGE, "The body is larger than quarkus.http.limits.max-body-size, or a batch has more than 1000"
                    + " records.",
            UNSUPPORTED_MEDIA_TYPE, "The Content-Type is not accepted by this endpoint.",
            UNKNOWN_ZONE, "Well-formed, but refers to a zone that is not in the catalogue (GET /api/zones).");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        DESCRIPTIONS.forEach((name, description) -> components.addResponse(name, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema()
                                .ref("#/components/schemas/" + PROBLEM_SCHEMA))))));
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string).addProperty("message", string);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string)
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string)
                .addProperty("instance", string)
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(violation));
    }
}
