package org.techmarket.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that maps exceptions to HTTP: problem details under /api, an error page
 * elsewhere. A 5xx never shows a class name or a stack trace; it shows an incident id
 * that is also in the log.
 */
public class ErrorMapper {

    @jakarta.inject.Inject
    Texts texts;

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;
    private static final int DISK_FULL_RETRY_AFTER_SECONDS = 60;

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance error(int status, String detail, Map<String, String> errors);

        public static native TemplateInstance unavailable(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(uri, 404, "Not Found", e.getMessage(), Map.of());
    }

    @ServerExceptionMapper
    public Response notFound(jakarta.ws.rs.NotFoundException e, UriInfo uri) {
        return respond(uri, 404, "Not Found", "No such page or resource: /" + uri.getPath().replaceFirst("^/", ""),
                Map.of());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return respond(uri, 409, "Conflict", e.getMessage(), Map.of());
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri) {
        return respond(uri, 400, "Invalid input", "One or more fields are invalid", e.fieldErrors());
    }

    @ServerExceptionMapper
    public Response unprocessable(Idempotency.UnprocessableException e, UriInfo uri) {
        return respond(uri, 422, "Unprocessable request", "The request cannot be applied", e.fieldErrors());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> errors.putIfAbsent(Validation.fieldName(v.getPropertyPath()),
                v.getMessage()));
        return respond(uri, 400, "Invalid input", "One or more fields are invalid", errors);
    }

    /** Also takes over from Quarkus' own mapper for this more specific type, to answer with a problem. */
    @ServerExceptionMapper
    public Response unreadable(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return unreadable((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = "body";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining("."));
        }
        if (e instanceof InputGuardJackson.RefusedText) {
            return respond(uri, 400, "Invalid input", "One or more fields are invalid", Map.of(field, e.getOriginalMessage()));
        }
        String message = "invalid value or format";
        if (e instanceof com.fasterxml.jackson.core.exc.InputCoercionException coercion) {
            // A number too large for its field (2^63 for an amount): the parser knows which field it was reading.
            com.fasterxml.jackson.core.JsonParser parser = coercion.getProcessor();
            if (parser != null && parser.getParsingContext() != null && parser.getParsingContext().getCurrentName() != null) {
                field = parser.getParsingContext().getCurrentName();
            }
            return respond(uri, 400, "Invalid input", "One or more fields are invalid", Map.of(field, "number out of range"));
        }
        if (e.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException
                || e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
                        && invalid.getValue() instanceof java.math.BigInteger) {
            message = "number out of range";
        } else if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
            message = "unknown property";
        } else if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            message = "invalid value: expected " + expected(mismatch.getTargetType());
        } else if (e.getLocation() != null && (!(e instanceof JsonMappingException)
                || e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException)) {
            message = "malformed JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        }
        return respond(uri, 400, "Invalid input", "The request body is not valid JSON for this resource",
                Map.of(field, message));
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == java.time.LocalDate.class) {
            return "a date (yyyy-mm-dd)";
        }
        return type == String.class ? "text" : "a " + type.getSimpleName();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenActionException e, UriInfo uri) {
        return respond(uri, 403, "Forbidden", e.messageKey() == null ? e.getMessage() : texts.get(e.messageKey()),
                Map.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, 403, "Forbidden", "Your role does not allow this", Map.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return loginRequired(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(AuthenticationFailedException e, UriInfo uri) {
        return loginRequired(uri);
    }

    @ServerExceptionMapper
    public Response loginRefused(LoginRefusedException e, UriInfo uri) {
        int status = e.reason() == LoginRefusedException.Reason.BUSY ? 503 : 429;
        if (uri.getPath().endsWith("j_security_check")) {
            return Response.seeOther(URI.create("/login?error=" + e.reason().name().toLowerCase()))
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }
        Response plain = respond(uri, status, status == 503 ? "Service Unavailable" : "Too Many Requests",
                e.getMessage(), Map.of());
        return Response.fromResponse(plain).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyRequestsException e, UriInfo uri) {
        return Response.fromResponse(respond(uri, 429, "Too Many Requests", e.getMessage(), Map.of()))
                .header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // The JSON reader wraps what a deserializer refused (e.g. a NUL byte) in a plain 400.
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return serverError(e, uri);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(uri, status, title, e.getMessage(), Map.of());
    }

    @ServerExceptionMapper
    public Response serverError(Exception e, UriInfo uri) {
        Optional<DatabaseOutage.Kind> outage = DatabaseOutage.of(e);
        if (outage.isPresent()) {
            return databaseOutage(outage.get(), e, uri);
        }
        if (isDiskFull(e)) {
            // An upload buffered to a full disk (quarkus.http.body.uploads-directory): nothing was saved.
            LOG.warnf("No space left to receive the upload on %s", uri.getPath());
            return Response.fromResponse(respond(uri, 507, "Insufficient Storage",
                    "There is no room to receive the file at the moment; try again later", Map.of()))
                    .header("Retry-After", DISK_FULL_RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Incident %s on %s", incident, uri.getPath());
        return respond(uri, 500, "Internal Server Error", "Something went wrong on our side (incident " + incident + ")",
                Map.of());
    }

    /** The database away or too slow: a 503 to retry shortly, logged without a stack trace (it is no bug). */
    private Response databaseOutage(DatabaseOutage.Kind kind, Exception e, UriInfo uri) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        LOG.warnf("Database %s on %s: %s", kind == DatabaseOutage.Kind.TOO_SLOW ? "too slow" : "unreachable",
                uri.getPath(), root.getMessage());
        String detail = kind == DatabaseOutage.Kind.TOO_SLOW
                ? "The database took too long to answer; try again in a moment"
                : "The database is not reachable at the moment; try again in a moment";
        Response.ResponseBuilder answer;
        if (isApi(uri)) {
            answer = Response.fromResponse(respond(uri, 503, "Service Unavailable", detail, Map.of()));
        } else {
            Language language = texts.language();
            answer = Response.status(503).type(MediaType.TEXT_HTML_TYPE).entity(Templates.unavailable(503,
                    ProblemText.localize("Service Unavailable", language), ProblemText.localize(detail, language)));
        }
        return answer.header("Retry-After", DATABASE_RETRY_AFTER_SECONDS).build();
    }

    private static boolean isDiskFull(Throwable e) {
        for (int depth = 0; e != null && depth < 20; e = e.getCause(), depth++) {
            if (e instanceof IOException && e.getMessage() != null && e.getMessage().contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    private Response loginRequired(UriInfo uri) {
        if (isApi(uri)) {
            return Response.status(401)
                    .header("WWW-Authenticate", "Basic realm=\"techmarket\"")
                    .type(PROBLEM_JSON)
                    .entity(new Problem("about:blank", ProblemText.localize("Unauthorized", texts.language()), 401,
                            ProblemText.localize("Log in to use this resource", texts.language()), List.of()))
                    .build();
        }
        if (uri.getPath().endsWith("j_security_check")) {
            // A failed form login: back to the login page with the message.
            return Response.seeOther(URI.create("/login?error=true")).build();
        }
        String next = URLEncoder.encode("/" + uri.getPath().replaceFirst("^/", ""), StandardCharsets.UTF_8);
        return Response.seeOther(URI.create("/login?next=" + next)).build();
    }

    private Response respond(UriInfo uri, int status, String englishTitle, String englishDetail,
            Map<String, String> englishErrors) {
        // The human texts in the reader's language; the status and field names stay as they are, for machines.
        Language language = texts.language();
        String title = ProblemText.localize(englishTitle, language);
        String detail = ProblemText.localize(englishDetail, language);
        Map<String, String> errors = new LinkedHashMap<>();
        englishErrors.forEach((field, message) -> errors.put(field, ProblemText.localize(message, language)));
        if (isApi(uri)) {
            List<Problem.FieldError> fieldErrors = errors.entrySet().stream()
                    .map(en -> new Problem.FieldError(en.getKey(), en.getValue())).toList();
            return Response.status(status).type(PROBLEM_JSON)
                    .entity(new Problem("about:blank", title, status, detail, fieldErrors)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, detail, errors)).build();
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }
}
