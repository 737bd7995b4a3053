package org.techmarket.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A slow database fails a request cleanly: a statement that waits past the statement timeout (here a
 * table held locked by another transaction) is answered 503 with Retry-After in the reader's language
 * within the bound, and once the table is free again the same request is served on the same pool.
 */
@QuarkusTest
@TestProfile(SlowDatabaseTest.ShortStatementTimeout.class)
class SlowDatabaseTest {

    public static class ShortStatementTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.additional-jdbc-properties.options", "-c statement_timeout=1s");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldAnswer503WhileATableIsLockedAndServeAgainOnceItIsReleased() throws Exception {
        given().when().get("/api/v1/trades").then().statusCode(200);
        try (Connection holder = dataSource.getConnection(); Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            // Should the request not time out, the lock goes after 10 s and the request succeeds: the test fails, not hangs.
            lock.execute("SET LOCAL idle_in_transaction_session_timeout = '10s'");
            lock.execute("LOCK TABLE trade IN ACCESS EXCLUSIVE MODE");

            given().when().get("/api/v1/trades")
                    .then().statusCode(503).time(lessThan(9000L))
                    .header("Retry-After", "5")
                    .contentType("application/problem+json")
                    .body("status", equalTo(503), "detail", equalTo("数据库响应超时，请稍后再试"));
            given().cookie(Language.COOKIE, "en").when().get("/api/v1/trades")
                    .then().statusCode(503)
                    .body("title", equalTo("Service Unavailable"),
                            "detail", equalTo("The database took too long to answer; try again in a moment"));
            given().when().get("/trades")
                    .then().statusCode(503).header("Retry-After", "5")
                    .body(containsString("数据库响应超时"));

            holder.rollback();
        }
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/trades").then().statusCode(200);
        }
    }
}
