package org.msettriage.service.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal into an RFC 9457 problem document. Spring's own MVC errors (405, 406, 415...)
 * already come as problems through the base class; these handlers add the service's own.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    /** Operations sent by POST that only read: refused, they stored nothing anyway, and looked nothing up. */
    private static final Set<String> READS_BY_POST = Set.of("/api/v1/audit/subject-access");

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e, HttpServletRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.parameters().forEach(p -> errors.add(Map.of("parameter", p.parameter(), "message", p.message())));
        e.problems().forEach(p -> errors.add(Map.of("pointer", p.pointer(), "message", p.message())));
        String notDone = notDone(request);
        ProblemDetail problem = problems(errors, notDone);
        problem.setDetail(e.detail(notDone));
        return problem;
    }

    @ExceptionHandler(InvalidParametersException.class)
    ProblemDetail invalidParameters(InvalidParametersException e, HttpServletRequest request) {
        return problems(
                e.problems().stream()
                        .map(p -> Map.of("parameter", p.parameter(), "message", p.message()))
                        .toList(),
                notDone(request));
    }

    /**
     * What a refused request did not do: a read stores nothing anyway, so what it did not do is look anything
     * up (a subject access export refused for want of a reason had said "nothing was stored", an auditor's trial).
     */
    static String notDone(HttpServletRequest request) {
        boolean read = HttpMethod.GET.matches(request.getMethod())
                || HttpMethod.HEAD.matches(request.getMethod())
                || READS_BY_POST.contains(request.getRequestURI()
                        .substring(request.getContextPath().length()));
        return read ? "nothing was looked up" : "nothing was stored";
    }

    private static String notDone(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? notDone(servlet.getRequest()) : "nothing was stored";
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                IdempotencyKeyReusedException.TITLE,
                e.getMessage());
    }

    @ExceptionHandler(Utf8Bytes.NotUtf8Exception.class)
    ProblemDetail notUtf8(Utf8Bytes.NotUtf8Exception e) {
        return problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                "The body's charset is not supported",
                "The body is declared as " + (e.charset() == null ? "another charset" : e.charset())
                        + "; the service reads JSON in UTF-8 only (RFC 8259). Send it in UTF-8, declared as"
                        + " charset=utf-8 or not at all. Nothing was stored.");
    }

    @ExceptionHandler(Utf8Bytes.EncodedBodyException.class)
    ResponseEntity<ProblemDetail> encodedBody(Utf8Bytes.EncodedBodyException e) {
        // RFC 9110, section 15.5.16: a 415 for a content coding names the codings that are read.
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .header(HttpHeaders.ACCEPT_ENCODING, "identity")
                .body(problem(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                        "The body's Content-Encoding is not supported",
                        "The body is sent compressed (its Content-Encoding); the service reads bodies as they are."
                                + " Send it uncompressed, with no Content-Encoding. Nothing was stored."));
    }

    /** Its instance is the operation's path, not the one sent: what was typed for an id or a version is not repeated. */
    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage());
        problem.setInstance(AddressWithoutValue.of(request));
        return problem;
    }

    @ExceptionHandler(ContentRemovedException.class)
    ProblemDetail contentRemoved(ContentRemovedException e) {
        return problem(
                HttpStatus.GONE, ProblemTypes.CONTENT_REMOVED, "Removed under the retention period", e.getMessage());
    }

    /** Stored content that does not decrypt was altered or moved in the database: say so, not "nothing stored". */
    @ExceptionHandler(UnreadableContentException.class)
    ProblemDetail contentUnreadable(UnreadableContentException e) {
        log.error("Stored content could not be read: {}", e.getMessage());
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.CONTENT_UNREADABLE,
                "Stored content cannot be read",
                "The stored decision no longer matches what was sealed, so it is not shown. An auditor can see"
                        + " what changed in GET /api/v1/audit/verify.");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(
                HttpStatus.CONFLICT,
                ProblemTypes.CONFLICT,
                "The request conflicts with the present state",
                e.getMessage());
    }

    /**
     * 507, not 409: nothing about the request conflicts, the server's own disk lacks the room; and not 503
     * with Retry-After, as asking again changes nothing until an operator makes space. RFC 4918 defines 507
     * for a server that cannot store what a request needs, and says such a request is not repeated until
     * someone acts again.
     */
    @ExceptionHandler(InsufficientStorageException.class)
    ProblemDetail insufficientStorage(InsufficientStorageException e) {
        return problem(
                HttpStatus.INSUFFICIENT_STORAGE,
                ProblemTypes.INSUFFICIENT_STORAGE,
                "Not enough disk space",
                e.getMessage());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail payloadTooLarge(PayloadTooLargeException e) {
        return tooLarge(e.getMessage());
    }

    /**
     * A path parameter of the wrong form (a decision id that is not a UUID) cannot name anything stored,
     * so it is not found; a query parameter of the wrong form is a bad request naming the parameter.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            // Named, never repeated: a slip may have put a child's name where the id goes.
            return notFound(
                    new NotFoundException("The " + e.getName() + " in the address " + formOf(e.getRequiredType())
                            + ", so it names nothing stored."),
                    request);
        }
        return invalidParameters(
                new InvalidParametersException(List.of(new ParameterProblem(e.getName(), formOf(e.getRequiredType())))),
                request);
    }

    /** What a query parameter of a type takes, with an example, where its type says so plainly. */
    private static String formOf(Class<?> type) {
        if (type == OffsetDateTime.class || type == Instant.class) {
            return "is not a date and time: write it as RFC 3339, such as 2026-12-01T00:00:00Z";
        }
        if (type == LocalDate.class) {
            return "is not a date: write it as YYYY-MM-DD, such as 2026-12-05";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "is not a whole number";
        }
        if (type == UUID.class) {
            return RequestShapeCheck.NOT_AN_ID;
        }
        if (type != null && type.isEnum()) {
            return AllowedValues.oneOf(type);
        }
        return "is not of the form the API document gives";
    }

    /**
     * A required query parameter left out is named, as every other parameter problem is, rather than in
     * Spring's own sentence ("Required parameter 'x' is not present.") with no {@code errors}.
     */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(invalidParameters(
                        new InvalidParametersException(
                                List.of(new ParameterProblem(e.getParameterName(), "is required"))),
                        ((ServletWebRequest) request).getRequest()));
    }

    /**
     * A required header left out is named, with {@code errors} as every parameter problem has. The only
     * one is an auditor's reason for reading a child's record, so its words say what to give.
     */
    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            ServletRequestBindingException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!(e instanceof MissingRequestHeaderException missing)) {
            return super.handleServletRequestBindingException(e, headers, status, request);
        }
        String message = AccessReasonHeader.NAME.equalsIgnoreCase(missing.getHeaderName())
                ? AccessReasonHeader.REQUIRED
                : "is required";
        return ResponseEntity.badRequest()
                .body(invalidParameters(
                        new InvalidParametersException(List.of(new ParameterProblem(missing.getHeaderName(), message))),
                        ((ServletWebRequest) request).getRequest()));
    }

    /**
     * A query string whose percent-encoding is broken ({@code ?a=%zz}), names no parameter ({@code ?=}) or
     * encodes what is not UTF-8 ({@code ?a=%C0%AF}) cannot be read at all: a bad
     * request, never a server error. The parameter cannot be named, as none could be decoded.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail unreadableQuery(InvalidParameterException e, HttpServletRequest request) {
        return invalidParameters(
                new InvalidParametersException(List.of(new ParameterProblem(
                        "",
                        "the query string cannot be read: each parameter is name=value with a name, percent-encoded"
                                + " as UTF-8 (every % followed by two hexadecimal digits)"))),
                request);
    }

    /**
     * Spring's own refusals (405, 406, 415...) come as problems without a type, which the contract
     * requires; each gets the type of its status and, for 405, keeps the Allow header Spring set.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // The base class makes the problem document here when it is given none, so it is typed after.
        ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
        if (answer != null
                && answer.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(ProblemTypes.forStatus(status.value()));
        }
        // Its instance is given as every problem's is, as it is written (AnswersInTheirOwnType).
        return answer;
    }

    /**
     * An address nothing serves, said without repeating it: Spring's detail quotes the path ("No endpoint GET
     * /panel/child-…"), which a reader may have typed a child's reference into (a data protection trial).
     * The pages' areas answer a browser with a page of their own ({@code UnknownAddressPages}); this is
     * what anything else asking there gets.
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        e.getBody().setDetail(NOTHING_SERVED);
        return super.handleNoResourceFoundException(e, headers, status, request);
    }

    /** As {@link #handleNoResourceFoundException}, for a path no handler maps. */
    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(
            NoHandlerFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        e.getBody().setDetail(NOTHING_SERVED);
        return super.handleNoHandlerFoundException(e, headers, status, request);
    }

    private static final String NOTHING_SERVED = "Nothing is served at this path.";

    /**
     * A body of a media type the operation does not read, said without repeating the header (Spring's
     * detail quotes it: "Content-Type 'null' is not supported" when there was none).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String read = e.getSupportedMediaTypes().isEmpty()
                ? "the API document says"
                : e.getSupportedMediaTypes().get(0).toString();
        boolean sent = request.getHeader(HttpHeaders.CONTENT_TYPE) != null;
        e.getBody()
                .setDetail(
                        e.getContentType() != null
                                ? "The body's Content-Type is not one this operation reads: send the body as " + read
                                        + "."
                                : sent
                                        ? "The request's Content-Type cannot be read as a media type: send the body as "
                                                + read + "."
                                        : "The request has no Content-Type: send the body as " + read + ".");
        return super.handleHttpMediaTypeNotSupported(e, headers, status, request);
    }

    /**
     * A header value the firewall refuses when an operation reads it (a control character, or bytes that
     * are neither UTF-8 nor readable ISO-8859-1): a bad request naming the header, never a server error.
     * The exception's message repeats the value, which may be personal data, so only the name is taken.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail unreadableHeader(RequestRejectedException e, HttpServletRequest request) {
        String header = RequestFirewall.refusedHeaderName(e);
        return invalidParameters(
                new InvalidParametersException(List.of(new ParameterProblem(
                        header, "holds a control character or one that is not assigned; send printable text"))),
                request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        // Types and frames only: exception messages can carry request content, which is personal data.
        log.error("Request failed: {}", SafeTrace.describe(e));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The service could not answer; nothing was stored for this request.");
        problem.setType(ProblemTypes.SERVER_ERROR);
        problem.setTitle("Server error");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Too large first, however deeply the reader wrapped it (a nested value's read fails with a path too).
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge.getMessage()));
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException mismatched
                    && !mismatched.getPath().isEmpty()) {
                // JSON, but a value of the wrong kind (a word that is none of the allowed ones, text for a
                // number): named by where it is, never by the value, which may be about a child.
                return ResponseEntity.badRequest().body(invalid(List.of(at(mismatched)), notDone(request)));
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException read) {
                return ResponseEntity.badRequest().body(invalid(List.of(JsonReadProblems.of(read)), notDone(request)));
            }
        }
        return ResponseEntity.badRequest()
                .body(invalid(List.of(new FieldProblem("", "the body is not valid JSON")), notDone(request)));
    }

    /** What the field takes, where its type says so plainly: a date's form, above all. */
    private static String notAllowed(DatabindException mismatched) {
        if (mismatched instanceof UnrecognizedPropertyException) {
            return RequestShapeCheck.NOT_A_FIELD;
        }
        Class<?> target = mismatched instanceof MismatchedInputException input ? input.getTargetType() : null;
        if (target == LocalDate.class) {
            return RequestShapeCheck.NOT_A_DATE;
        }
        if (target == UUID.class) {
            return RequestShapeCheck.NOT_AN_ID;
        }
        if (target != null && target.isEnum()) {
            return AllowedValues.oneOf(target);
        }
        if (target == OffsetDateTime.class || target == Instant.class) {
            return "is not a date and time this field allows: write it as RFC 3339, such as 2026-12-05T10:00:00Z";
        }
        return "is not a value this field allows";
    }

    /**
     * The problem at the field the reader stopped in. A step whose name may not be repeated (an unknown field
     * named with markup or a child's name) ends the pointer at its object, and the message says so.
     */
    private static FieldProblem at(DatabindException mismatched) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference step : mismatched.getPath()) {
            String name = step.getPropertyName();
            if (name != null && !FieldProblem.repeatable(name)) {
                return new FieldProblem(
                        pointer.toString(),
                        "a field of this object, whose name is not repeated (it is not 1 to 64 letters, digits and"
                                + " underscores), " + notAllowed(mismatched));
            }
            // A name that may be repeated holds no '~' or '/', which RFC 6901 would escape.
            pointer.append('/').append(name != null ? name : String.valueOf(step.getIndex()));
        }
        return new FieldProblem(pointer.toString(), notAllowed(mismatched));
    }

    /** A JSON body other than a referral breaking the contract's constraints: every field, by pointer. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(error -> problems.add(new FieldProblem(
                        "/" + error.getField().replace('.', '/').replaceAll("\\[(\\d+)]", "/$1"),
                        // In the words every other body's refusal uses, not the validator's "must not be null".
                        "NotNull".equals(error.getCode()) ? "is required" : error.getDefaultMessage())));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> problems.add(new FieldProblem("", error.getDefaultMessage())));
        problems.sort(Comparator.comparing(FieldProblem::pointer));
        return ResponseEntity.badRequest().body(invalid(problems, notDone(request)));
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    private static ProblemDetail invalid(List<FieldProblem> problems, String notDone) {
        return problems(
                problems.stream()
                        .map(p -> Map.of("pointer", p.pointer(), "message", p.message()))
                        .toList(),
                notDone);
    }

    /** A 400 naming every problem, and saying what was not done because of them. */
    private static ProblemDetail problems(List<Map<String, String>> errors, String notDone) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                (errors.size() == 1 ? "1 problem was found; " : errors.size() + " problems were found; ") + notDone
                        + ".");
        problem.setType(ProblemTypes.INVALID_REQUEST);
        problem.setTitle("The request is not valid");
        problem.setProperty("errors", errors);
        return problem;
    }

    static ProblemDetail tooLarge(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
        problem.setTitle("The request body is too large");
        return problem;
    }
}
