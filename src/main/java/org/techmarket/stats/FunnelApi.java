package org.techmarket.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.techmarket.listing.TechField;
import org.techmarket.matching.DeclineReason;
import org.techmarket.stats.ConversionFunnel.Figures;
import org.techmarket.stats.ConversionFunnel.Rates;
import org.techmarket.stats.ConversionFunnel.Stages;

/** The funnel API's records: everyone gets the period's counts and amount, staff also the rates and breakdowns. */
public final class FunnelApi {

    private FunnelApi() {
    }

    /** The period asked for; {@code from} and {@code until} (exclusive) are absent for all time. */
    public record PeriodView(Integer year, Integer quarter, LocalDate from, LocalDate until) {

        static PeriodView of(Period p) {
            return p.isAllTime() ? new PeriodView(null, null, null, null)
                    : new PeriodView(p.year(), p.quarter(), p.fromDay(), p.untilDay());
        }
    }

    /** One technology field's funnel; no field for the stages of listings without a known one. */
    public record FieldView(TechField field, Stages stages, Rates rates) {
    }

    /** One month's funnel ({@code month} as 2026-03). */
    public record MonthView(String month, Stages stages, Rates rates) {
    }

    public record ReasonView(DeclineReason reason, long cases, Double sharePercent) {
    }

    /** The rates and breakdowns are left out for everyone but staff. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FunnelView(PeriodView period, boolean noData, Stages totals, Rates rates, List<FieldView> byField,
            List<MonthView> byMonth, List<ReasonView> declineReasons) {

        static FunnelView of(Figures f, boolean staff) {
            PeriodView period = PeriodView.of(f.period());
            boolean noData = !f.totals().hasData();
            if (!staff) {
                return new FunnelView(period, noData, f.totals(), null, null, null, null);
            }
            return new FunnelView(period, noData, f.totals(), f.totals().rates(),
                    f.byField().stream().map(r -> new FieldView(r.field(), r.stages(), r.stages().rates())).toList(),
                    f.byMonth().stream().map(r -> new MonthView(r.month().toString(), r.stages(), r.stages().rates())).toList(),
                    f.declineReasons().stream().map(r -> new ReasonView(r.reason(), r.cases(), r.sharePercent())).toList());
        }
    }
}
