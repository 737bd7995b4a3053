package org.techmarket.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountFixtures.Person;

@QuarkusTest
class LoginTest {

    @Inject
    AccountFixtures fixtures;

    @Test
    void shouldLogInWithTheFormAndCarryTheSessionCookie() {
        Person researcher = fixtures.researcher();
        Response login = given().redirects().follow(false)
                .formParam("j_username", researcher.username()).formParam("j_password", researcher.password())
                .when().post("/j_security_check");
        login.then().statusCode(302);
        String session = login.getCookie("techmarket-session");

        given().cookie("techmarket-session", session)
                .when().get("/api/v1/me")
                .then().statusCode(200).body("username", equalTo(researcher.username()));
        given().cookie("techmarket-session", session)
                .when().get("/account")
                .then().statusCode(200).body(containsString(researcher.username()));
    }

    @Test
    void shouldRefuseAWrongPasswordOnTheForm() {
        Person researcher = fixtures.researcher();
        given().redirects().follow(false)
                .formParam("j_username", researcher.username()).formParam("j_password", "not-the-password-1")
                .when().post("/j_security_check")
                .then().statusCode(org.hamcrest.Matchers.oneOf(302, 303))
                .header("Location", containsString("/login?error=true"));
    }

    @Test
    void shouldAnswerAnonymousApiCallsWith401AndABasicChallenge() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .contentType("application/problem+json");
    }

    @Test
    void shouldLockAnAccountAfterRepeatedFailuresEvenForTheRightPassword() {
        Person enterprise = fixtures.enterprise();
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(enterprise.username(), "wrong-password-" + i)
                    .when().get("/api/v1/me").then().statusCode(401);
        }
        given().auth().preemptive().basic(enterprise.username(), enterprise.password())
                .when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldForgiveFewerFailuresThanTheLimitAfterASuccess() {
        Person enterprise = fixtures.enterprise();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                given().auth().preemptive().basic(enterprise.username(), "wrong-password-" + i)
                        .when().get("/api/v1/me").then().statusCode(401);
            }
            given().auth().preemptive().basic(enterprise.username(), enterprise.password())
                    .when().get("/api/v1/me").then().statusCode(200);
        }
    }

    @Test
    void shouldLogOutAndForgetTheSession() {
        Person researcher = fixtures.researcher();
        Response login = given().redirects().follow(false)
                .formParam("j_username", researcher.username()).formParam("j_password", researcher.password())
                .post("/j_security_check");
        String session = login.getCookie("techmarket-session");
        Response page = given().cookie("techmarket-session", session).get("/logout");
        String csrfCookie = page.getCookie("techmarket-csrf");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        Response logout = given().redirects().follow(false)
                .cookie("techmarket-session", session).cookie("techmarket-csrf", csrfCookie)
                .formParam("csrf-token", token)
                .post("/logout");
        logout.then().statusCode(303);
        String cleared = logout.getCookie("techmarket-session");
        given().cookie("techmarket-session", cleared == null ? "" : cleared)
                .when().get("/api/v1/me").then().statusCode(401);
    }
}
