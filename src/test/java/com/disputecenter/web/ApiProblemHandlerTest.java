package com.disputecenter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.multipart.MultipartException;

/** How failures the use cases do not name themselves reach an API client. */
class ApiProblemHandlerTest {

    private final ApiProblemHandler handler = new ApiProblemHandler();
    private final MockHttpServletRequest api = new MockHttpServletRequest("POST", "/api/disputes");

    @Test
    void lostRacesAreConflicts() {
        assertThat(handler.lostRace(new OptimisticLockingFailureException("version")).getStatus()).isEqualTo(409);
        assertThat(handler.lostRace(new ObjectOptimisticLockingFailureException(Object.class, "id")).getStatus())
                .isEqualTo(409);
    }

    @Test
    void aBrokenMultipartBodyIsABadRequest() {
        assertThat(handler.badMultipart(new MultipartException("no boundary"), api).getStatus()).isEqualTo(400);
    }

    @Test
    void anUnreachableDatabaseIsARetryableServiceUnavailable() throws Exception {
        ResponseEntity<ProblemDetail> answer = handler.databaseUnavailable(
                new CannotCreateTransactionException("no connection", new SQLTransientConnectionException("timeout")), api);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(handler.databaseUnavailable(new DataAccessResourceFailureException("cut"), api).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void theEngineWrappingAConnectionFailureIsStillServiceUnavailable() throws Exception {
        var wrapped = new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation",
                new PersistenceException(new SQLException("An I/O error occurred", "08006")));
        assertThat(handler.unexpected(wrapped, api).getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        var timedOut = new ProcessEngineException("no connection", new SQLTransientConnectionException("timeout"));
        assertThat(handler.unexpected(timedOut, api).getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(handler.unexpected(new IllegalStateException("refused", new ConnectException()), api)
                .getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void aBugIsAnOpaqueServerErrorOnTheApiOnly() throws Exception {
        ResponseEntity<ProblemDetail> answer = handler.unexpected(new NullPointerException("secret.internal.field"), api);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().getDetail()).doesNotContain("secret", "NullPointer");

        var page = new MockHttpServletRequest("GET", "/disputes/1");
        assertThatThrownBy(() -> handler.unexpected(new NullPointerException(), page))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> handler.unexpected(new AccessDeniedException("no"), api))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyShortPlainValuesAreQuotedBack() {
        assertThat(ApiProblemHandler.shown("WISH")).isEqualTo("'WISH'");
        assertThat(ApiProblemHandler.shown("<script>alert(1)</script>")).isEqualTo("The given value");
        assertThat(ApiProblemHandler.shown("x".repeat(41))).isEqualTo("The given value");
    }
}
