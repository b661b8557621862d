package vn.motcua.notification.common.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What every operation of the document shares, so the resources annotate only what is their own: every error
 * answer is problem+json (RFC 9457) with one schema, a public operation says so with an empty security list,
 * an operation with no client error of its own still names 406, and, where the service sheds load
 * ({@code motcua.openapi.overload-answers}), every API call may answer 503.
 */
public class OpenApiDocument implements OASFilter {
    static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("Problem", problemSchema());
        boolean sheds = ConfigProvider.getConfig()
                .getOptionalValue("motcua.openapi.overload-answers", Boolean.class)
                .orElse(false);
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().values().forEach(operation -> {
                    if (operation.getSecurity() == null
                            || operation.getSecurity().isEmpty()) {
                        operation.setSecurity(new ArrayList<>()); // public: no credentials needed
                    }
                    if (sheds && path.startsWith("/api/") && !has(operation, "503")) {
                        operation
                                .getResponses()
                                .addAPIResponse(
                                        "503",
                                        OASFactory.createAPIResponse()
                                                .description(
                                                        "Hệ thống đang quá tải: thử lại sau số giây trong Retry-After")
                                                .addHeader(
                                                        "Retry-After",
                                                        OASFactory.createHeader()
                                                                .description("Số giây nên chờ")
                                                                .schema(OASFactory.createSchema()
                                                                        .addType(Schema.SchemaType.INTEGER))));
                    }
                    if (operation.getResponses() == null
                            || operation.getResponses().getAPIResponses() == null) {
                        return;
                    }
                    if (operation.getResponses().getAPIResponses().keySet().stream()
                            .noneMatch(s -> s.startsWith("4"))) {
                        // Even an operation without input refuses an Accept header it cannot serve.
                        operation
                                .getResponses()
                                .addAPIResponse(
                                        "406",
                                        OASFactory.createAPIResponse()
                                                .description(
                                                        "Không trả được nội dung theo kiểu mà tiêu đề Accept yêu cầu"));
                    }
                    operation.getResponses().getAPIResponses().forEach((status, response) -> {
                        if (status.startsWith("4") || status.startsWith("5")) {
                            asProblem(response);
                        }
                    });
                }));
    }

    private static boolean has(Operation operation, String status) {
        return operation.getResponses() != null && operation.getResponses().hasAPIResponse(status);
    }

    private static void asProblem(APIResponse response) {
        response.setContent(OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM))));
    }

    /** What a citizen's form shows next to its fields when a submission is refused. */
    private static Map<String, Object> example() {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("field", "applicant.phone");
        field.put("message", "cần số điện thoại");
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Dữ liệu không hợp lệ");
        problem.put("status", 400);
        problem.put("detail", "Một hoặc nhiều trường không hợp lệ.");
        problem.put("errors", List.of(field));
        return problem;
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text)
                .addProperty("message", text);
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457: title and detail in Vietnamese, the offending fields one by one")
                .addProperty("type", text)
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(fieldError))
                .addProperty(
                        "allowedActions",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(text))
                .required(List.of("title", "status"))
                .examples(List.of(example()));
    }
}
