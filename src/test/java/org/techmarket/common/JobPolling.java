package org.techmarket.common;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import org.techmarket.account.AccountFixtures.Person;

/** Follows a job accepted by the API (202 + Location) until it has ended, as a client would poll it. */
public final class JobPolling {

    private JobPolling() {
    }

    /** The job's last state, once it is done or failed (or after three minutes on a very busy machine). */
    public static ValidatableResponse finished(Person who, Response accepted) {
        String job = accepted.then().statusCode(202).extract().header("Location");
        Instant until = Instant.now().plusSeconds(180);
        while (true) {
            ValidatableResponse polled = given().auth().preemptive().basic(who.username(), who.password()).get(job)
                    .then().statusCode(200);
            String state = polled.extract().path("state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING") || Instant.now().isAfter(until)) {
                return polled;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return polled;
            }
        }
    }
}
