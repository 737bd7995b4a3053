package org.techmarket.expo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.techmarket.common.MoneyInput;

/** The expo API's records: what it reads ({@code …Request}) and what it answers ({@code …View}). */
public final class ExpoApi {

    private ExpoApi() {
    }

    public record ExpoRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotBlank @Size(max = 200) String venue,
            @NotBlank @Size(max = 200) String organiser,
            @Size(max = 2000) String description) {
    }

    public record ExhibitorRequest(@NotNull Long organisationId, @Size(max = 50) String booth) {
    }

    public record ResultRequest(@NotNull Long resultId) {
    }

    /** A pitch; times are the market's own clock (Asia/Shanghai), within the expo's days. */
    public record SessionRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull Long presenterOrganisationId,
            Long resultId,
            @NotNull LocalDateTime startsAt,
            @NotNull LocalDateTime endsAt,
            @NotBlank @Size(max = 100) String room) {
    }

    /** A deal signed on site: the exhibited result (its organisation sells), the buyer and the amount in fen. */
    public record DealRequest(
            @NotNull Long resultId,
            @NotNull Long buyerOrganisationId,
            @NotNull @Positive @Max(MoneyInput.MAX_FEN) Long amountFen,
            @NotNull LocalDate signedOn) {
    }

    public record ExpoView(long id, String name, LocalDate startsOn, LocalDate endsOn, String venue, String organiser,
            String description) {

        static ExpoView of(Expo e) {
            return new ExpoView(e.id, e.name, e.startsOn, e.endsOn, e.venue, e.organiser, e.description);
        }
    }

    public record ExhibitorView(long organisationId, String name, String booth) {

        static ExhibitorView of(ExpoExhibitor x) {
            return new ExhibitorView(x.organisationId, x.organisationName, x.booth);
        }
    }

    public record ResultView(long resultId, String title, long organisationId) {

        static ResultView of(ExpoResult r) {
            return new ResultView(r.resultId, r.title, r.organisationId);
        }
    }

    public record SessionView(long id, String title, long presenterOrganisationId, String presenterName, Long resultId,
            LocalDateTime startsAt, LocalDateTime endsAt, String room) {

        static SessionView of(ExpoSession s) {
            return new SessionView(s.id, s.title, s.presenterId, s.presenterName, s.resultId, s.startsAt, s.endsAt, s.room);
        }
    }

    /** A deal as the public sees it; {@code registered} says whether its contract was registered later. */
    public record DealView(long id, long resultId, String resultTitle, long sellerOrganisationId, String sellerName,
            long buyerOrganisationId, String buyerName, long amountFen, LocalDate signedOn, long contractId,
            boolean registered) {
    }

    /** An expo's figures; amounts in fen, the registered amount as staff approved it. */
    public record Figures(long resultsShown, long exhibitors, long sessions, long dealsSigned, long amountSignedFen,
            long dealsRegistered, long amountRegisteredFen) {
    }

    public record DetailView(ExpoView expo, List<ExhibitorView> exhibitors, List<ResultView> results,
            List<SessionView> sessions, List<DealView> deals, Figures figures) {
    }

    /** The dashboard's expo block for a period: expos held (by first day), their deals and how many were registered. */
    public record Totals(long exposHeld, long dealsSigned, long amountSignedFen, long dealsRegistered,
            long amountRegisteredFen) {
    }
}
