package vn.motcua.tracking.calendar.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;

@QuarkusTest
class CalendarResourceTest {

    @Test
    void aYearNeverStoredIsThePrefillAndSaysSo() {
        given().auth()
                .oauth2(TestTokens.citizen("019095012345"))
                .when()
                .get("/api/calendar/2026")
                .then()
                .statusCode(200)
                .body("confirmed", equalTo(false))
                .body("source", equalTo("LABOR_CODE_2019_PREFILL"))
                .body("daysOff", hasItem("2026-02-17"))
                .body("daysOff", hasItem("2026-04-27"));
    }

    @Test
    void readingTheCalendarNeedsAToken() {
        given().when().get("/api/calendar/2026").then().statusCode(401);
    }

    @Test
    void onlyAnAdministratorStoresAYear() {
        given().auth()
                .oauth2(TestTokens.officer("000.00.12.H57"))
                .contentType("application/json")
                .body("{\"daysOff\":[],\"workingSaturdays\":[]}")
                .when()
                .put("/api/calendar/2031")
                .then()
                .statusCode(403);
    }

    @Test
    void anInvalidTableIsAProblemListingEachField() {
        given().auth()
                .oauth2(TestTokens.role("admin"))
                .contentType("application/json")
                .body("{\"daysOff\":[\"2030-12-31\"],\"workingSaturdays\":[\"2031-03-10\"]}")
                .when()
                .put("/api/calendar/2031")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("daysOff", "workingSaturdays"));
    }

    @Test
    void malformedJsonIsAProblemNotAServerError() {
        given().auth()
                .oauth2(TestTokens.role("admin"))
                .contentType("application/json")
                .body("{\"daysOff\":[\"not-a-date\"]}")
                .when()
                .put("/api/calendar/2031")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("daysOff[0]"));
        given().auth()
                .oauth2(TestTokens.role("admin"))
                .contentType("application/json")
                .body("{\"daysOff\": [")
                .when()
                .put("/api/calendar/2031")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aStoredYearWinsAndDrivesDueDates() {
        // 2027 as announced, say: 5 February off as a bridge, Saturday 20 February a make-up working day.
        given().auth()
                .oauth2(TestTokens.role("admin"))
                .contentType("application/json")
                .body("{\"daysOff\":[\"2027-01-01\",\"2027-02-05\",\"2027-02-08\",\"2027-02-09\",\"2027-02-10\","
                        + "\"2027-02-11\",\"2027-02-12\"],\"workingSaturdays\":[\"2027-02-20\"]}")
                .when()
                .put("/api/calendar/2027")
                .then()
                .statusCode(200)
                .body("confirmed", equalTo(true))
                .body("source", equalTo("STORED"));
        given().auth()
                .oauth2(TestTokens.citizen("019095012345"))
                .when()
                .get("/api/calendar/2027")
                .then()
                .statusCode(200)
                .body("workingSaturdays", hasItem("2027-02-20"))
                .body("daysOff", not(hasItem("2027-04-16")));
        // Friday 19 February afternoon + half a day → the make-up Saturday's morning.
        given().auth()
                .oauth2(TestTokens.officer("000.00.12.H57"))
                .queryParam("receivedAt", "2027-02-19T14:00:00+07:00")
                .queryParam("workingDays", "0.5")
                .when()
                .get("/api/calendar/due-date")
                .then()
                .statusCode(200)
                .body("dueAt", equalTo("2027-02-20T11:30:00+07:00"));
    }

    @Test
    void dueDateFollowsTheBriefsExample() {
        given().auth()
                .oauth2(TestTokens.role("service"))
                .queryParam("receivedAt", "2026-11-23T09:00:00+07:00")
                .queryParam("workingDays", "3")
                .when()
                .get("/api/calendar/due-date")
                .then()
                .statusCode(200)
                .body("effectiveReceivedAt", equalTo("2026-11-23T09:00:00+07:00"))
                .body("dueAt", equalTo("2026-11-26T11:30:00+07:00"))
                .body("workingDays", equalTo("3"))
                // Any receipt from Friday's close to Monday's lunch has the same due time.
                .body("sameForReceiptsFrom", equalTo("2026-11-20T17:00:00+07:00"))
                .body("sameForReceiptsUntil", equalTo("2026-11-23T11:30:00+07:00"));
    }

    @Test
    void dueDateRejectsEachBadParameterAndCitizens() {
        given().auth()
                .oauth2(TestTokens.officer("000.00.12.H57"))
                .queryParam("receivedAt", "yesterday")
                .queryParam("workingDays", "1.5")
                .when()
                .get("/api/calendar/due-date")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("receivedAt", "workingDays"));
        given().auth()
                .oauth2(TestTokens.citizen("019095012345"))
                .queryParam("receivedAt", "2026-11-23T09:00:00+07:00")
                .queryParam("workingDays", "1")
                .when()
                .get("/api/calendar/due-date")
                .then()
                .statusCode(403);
    }
}
