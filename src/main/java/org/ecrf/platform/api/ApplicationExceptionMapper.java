package org.ecrf.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.UUID;
import org.ecrf.platform.DatabaseUnavailable;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;

/**
 * Turns what a service refused into the HTTP answer the API promises (400, 403, 404, 409), a
 * database that cannot be reached into a 503 that asks to try again, and anything unexpected into a
 * 500 that names an incident id found in the server log, never a stack trace.
 */
@Provider
public class ApplicationExceptionMapper implements ExceptionMapper<Exception> {

  private static final System.Logger LOG =
      System.getLogger(ApplicationExceptionMapper.class.getName());

  @Override
  public Response toResponse(Exception exception) {
    Throwable cause = unwrap(exception);
    if (cause instanceof WebApplicationException web) {
      Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
      return answer(
          web.getResponse().getStatus(),
          status == null ? "Error" : status.getReasonPhrase(),
          null,
          web.getMessage());
    }
    if (cause instanceof JsonbException || cause instanceof ProcessingException) {
      return answer(400, "Bad Request", null, "The request body is not valid JSON for this call");
    }
    if (cause instanceof InvalidInputException invalid) {
      return answer(400, "Bad Request", invalid.field(), invalid.getMessage());
    }
    if (cause instanceof AccessDeniedException) {
      return answer(403, "Forbidden", null, cause.getMessage());
    }
    if (cause instanceof NotFoundException) {
      return answer(404, "Not Found", null, cause.getMessage());
    }
    if (cause instanceof ConflictException) {
      return answer(409, "Conflict", null, cause.getMessage());
    }
    if (DatabaseUnavailable.causedBy(exception)) {
      LOG.log(
          Level.WARNING, "The database could not be reached while serving an API call: " + cause);
      return Response.fromResponse(
              answer(503, "Service Unavailable", null, DatabaseUnavailable.MESSAGE))
          .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.ERROR, "Incident " + incident + " while serving an API call", cause);
    return answer(
        500,
        "Internal Server Error",
        null,
        "An unexpected error occurred (incident " + incident + ")");
  }

  /**
   * Transactional interceptors and EJBs wrap exceptions; the application's own exception is inside.
   */
  private static Throwable unwrap(Throwable exception) {
    Throwable current = exception;
    while (current.getCause() != null
        && !(current instanceof InvalidInputException
            || current instanceof AccessDeniedException
            || current instanceof NotFoundException
            || current instanceof ConflictException
            || current instanceof WebApplicationException
            || current instanceof JsonbException)) {
      current = current.getCause();
    }
    return current;
  }

  private static Response answer(int status, String error, String field, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorResponse(status, error, field, message))
        .build();
  }
}
