package org.msettriage.service.problem;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error pages, for what it refuses before any servlet runs (a path whose percent-encoding
 * is broken, say), as RFC 9457 problems like every other answer, in place of its HTML page. Nothing of
 * the request is repeated in it.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private final OperationAddress address;
    /** The application's context, for a request Tomcat refused before mapping it to one; null if not known. */
    private final Context application;

    /**
     * For Tomcat, which makes its host's error valve by class name should none be in place; ContainerProblems puts
     * one in place first, so this one names no operation (nothing it answers repeats the request).
     */
    public ProblemErrorReportValve() {
        this(request -> null, null);
    }

    ProblemErrorReportValve(OperationAddress address, Context application) {
        this.address = address;
        this.application = application;
    }

    /**
     * TRACE, which Tomcat refuses before any servlet runs with a 405 whose Allow lists what the servlet
     * implements, not what the path serves (HEAD, DELETE, POST, GET, OPTIONS, PUT on a path serving POST
     * only): no operation is served with it anywhere, so it is answered as any such method is, a 501.
     */
    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (!"TRACE".equals(request.getMethod()) || request.getConnector().getAllowTrace()) {
            super.invoke(request, response);
            return;
        }
        response.setSuspended(false);
        response.resetBuffer();
        response.getCoyoteResponse().getMimeHeaders().removeHeader("Allow");
        response.setStatus(501);
        response.setErrorReported();
        write(
                response,
                ProblemDocument.json(
                        501,
                        ProblemTypes.NOT_IMPLEMENTED,
                        RequestFirewall.UNKNOWN_METHOD_TITLE,
                        RequestFirewall.UNKNOWN_METHOD_DETAIL,
                        instance(request)));
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        byte[] body = status == 400
                ? ProblemDocument.json(
                        400,
                        ProblemTypes.INVALID_REQUEST,
                        "The request is not valid",
                        "The request could not be read as HTTP: its path or query is not valid percent-encoded text,"
                                + " a header holds a control character, or the headers are too large.",
                        instance(request))
                : ProblemDocument.json(
                        status,
                        ProblemTypes.forStatus(status),
                        "The request could not be answered",
                        "The server refused the request before reading it.",
                        instance(request));
        write(response, body);
    }

    /**
     * The operation asked for, as every other problem names it; none when Tomcat refused the request before it
     * had read a path at all.
     */
    private String instance(Request request) {
        try {
            // A header Tomcat cannot read is refused after the request line but before the request is mapped
            // to the application: its path is known, its context is not yet, so it is given the application's.
            return address.of(
                    request.getContext() != null || application == null ? request : new Unmapped(request, application));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A request refused before Tomcat mapped it, seen as under the one application this service runs. */
    private static final class Unmapped extends HttpServletRequestWrapper {

        private final Context application;

        Unmapped(HttpServletRequest request, Context application) {
            super(request);
            this.application = application;
        }

        @Override
        public String getContextPath() {
            return application.getPath();
        }

        @Override
        public ServletContext getServletContext() {
            return application.getServletContext();
        }
    }

    private static void write(Response response, byte[] body) {
        try {
            RefusalHeaders.apply(response);
            response.setContentType("application/problem+json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already started: nothing more can be said on it.
        }
    }
}
