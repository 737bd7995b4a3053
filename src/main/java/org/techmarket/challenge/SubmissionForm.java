package org.techmarket.challenge;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Money;
import org.techmarket.common.MoneyInput;

/** The team's submission form: the budget in 万元. */
public class SubmissionForm {
    @RestForm public String title;
    @RestForm public String description;
    @RestForm public String teamMembers;
    @RestForm public String plan;
    @RestForm public String budget;

    static SubmissionForm of(ChallengeSubmission s) {
        SubmissionForm f = new SubmissionForm();
        f.title = s.title;
        f.description = s.description;
        f.teamMembers = s.teamMembers;
        f.plan = s.plan;
        f.budget = Money.wan(s.budgetFen);
        return f;
    }

    ChallengeApi.SubmissionRequest toInput() {
        Map<String, String> errors = new LinkedHashMap<>();
        Long fen = MoneyInput.parse("budgetFen", budget, MoneyInput.Unit.WAN, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ChallengeApi.SubmissionRequest(title, description, teamMembers, plan, fen);
    }

    static String pageField(String apiField) {
        return apiField.equals("budgetFen") ? "budget" : apiField;
    }
}
