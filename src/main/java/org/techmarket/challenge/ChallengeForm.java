package org.techmarket.challenge;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Money;
import org.techmarket.common.MoneyInput;

/** The staff form of a challenge: bounty in 万元, the deadline as Lanzhou's clock shows it, ten criterion rows. */
public class ChallengeForm {

    static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    @RestForm public String source;
    @RestForm public Long needId;
    @RestForm public Long ownerOrganisationId;
    @RestForm public String title;
    @RestForm public String problem;
    @RestForm public String field;
    @RestForm public String regionCode;
    @RestForm public String bounty;
    @RestForm public String deadline;
    @RestForm public String eligibility;
    @RestForm public String scoreMax;
    @RestForm public String objectionDays;
    @RestForm("criterionName") public List<String> criterionName = new ArrayList<>();
    @RestForm("criterionWeight") public List<String> criterionWeight = new ArrayList<>();
    @RestForm("criterionDescription") public List<String> criterionDescription = new ArrayList<>();

    /** One row of the criteria table, blank rows included (the page shows ten). */
    public record Row(int index, String name, String weight, String description) {
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ChallengeApi.MAX_CRITERIA; i++) {
            rows.add(new Row(i, at(criterionName, i), at(criterionWeight, i), at(criterionDescription, i)));
        }
        return rows;
    }

    static ChallengeForm of(ChallengeApi.ChallengeRequest in) {
        ChallengeForm f = new ChallengeForm();
        f.source = in.source() == null ? null : in.source().name();
        f.needId = in.needId();
        f.ownerOrganisationId = in.ownerOrganisationId();
        f.title = in.title();
        f.problem = in.problem();
        f.field = in.field();
        f.regionCode = in.regionCode();
        f.bounty = in.bountyFen() == null ? null : Money.wan(in.bountyFen());
        f.deadline = in.deadline() == null ? null : in.deadline().atZoneSameInstant(MARKET_ZONE).format(LOCAL);
        f.eligibility = in.eligibility();
        f.scoreMax = in.scoreMax() == null ? "10" : String.valueOf(in.scoreMax());
        f.objectionDays = in.objectionDays() == null ? "7" : String.valueOf(in.objectionDays());
        if (in.criteria() != null) {
            in.criteria().forEach(c -> {
                f.criterionName.add(c.name());
                f.criterionWeight.add(c.weight() == null ? "" : String.valueOf(c.weight()));
                f.criterionDescription.add(c.description());
            });
        }
        return f;
    }

    static ChallengeForm of(Challenge c, List<ChallengeCriterion> criteria) {
        return of(new ChallengeApi.ChallengeRequest(c.source, c.needId, c.ownerOrganisationId, c.title, c.problem,
                c.field, c.regionCode, c.bountyFen, c.deadline, c.eligibility, (int) c.scoreMax, (int) c.objectionDays,
                criteria.stream().map(x -> new ChallengeApi.CriterionRequest(x.name, x.description, (int) x.weight))
                        .toList()));
    }

    ChallengeApi.ChallengeRequest toInput() {
        Map<String, String> errors = new LinkedHashMap<>();
        ChallengeSource s = null;
        try {
            s = InvalidInputException.parseEnum(ChallengeSource.class, "source", source);
        } catch (InvalidInputException e) {
            errors.putAll(e.messages());
        }
        List<ChallengeApi.CriterionRequest> criteria = new ArrayList<>();
        for (int i = 0; i < Math.max(criterionName.size(), criterionWeight.size()); i++) {
            String name = at(criterionName, i);
            String weight = at(criterionWeight, i);
            if (ChallengeService.blank(name) && ChallengeService.blank(weight)) {
                continue; // an empty row of the ten
            }
            criteria.add(new ChallengeApi.CriterionRequest(name, at(criterionDescription, i),
                    whole("criteria[" + criteria.size() + "].weight", weight, errors)));
        }
        ChallengeApi.ChallengeRequest input = new ChallengeApi.ChallengeRequest(s, needId, ownerOrganisationId, title,
                problem, field, regionCode, MoneyInput.parse("bountyFen", bounty, MoneyInput.Unit.WAN, errors),
                deadline(errors), eligibility, whole("scoreMax", scoreMax, errors),
                whole("objectionDays", objectionDays, errors), criteria);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return input;
    }

    /** The API's field name as the form's (the error shows beside the input). */
    static String pageField(String apiField) {
        return apiField.equals("bountyFen") ? "bounty" : apiField;
    }

    private java.time.OffsetDateTime deadline(Map<String, String> errors) {
        if (ChallengeService.blank(deadline)) {
            return null;
        }
        try {
            return LocalDateTime.parse(deadline.strip(), LOCAL).atZone(MARKET_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.put("deadline", "invalid value or format");
            return null;
        }
    }

    private static Integer whole(String field, String text, Map<String, String> errors) {
        if (ChallengeService.blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "a whole number");
            return null;
        }
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() ? list.get(i) : null;
    }
}
