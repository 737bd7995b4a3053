package org.techmarket.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.OrganisationService;

/** Contract bodies between two test organisations, valid unless a test changes them. */
@ApplicationScoped
public class ContractFixtures {

    @Inject
    OrganisationService organisations;

    @Inject
    AccountFixtures accounts;

    public record Parties(Person seller, Person buyer, Person staff) {
    }

    public Parties parties() {
        return new Parties(accounts.researcher(), accounts.enterprise(), accounts.staff());
    }

    public Map<String, Object> body(Person buyer, String project) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "TRANSFER");
        body.put("projectName", project);
        body.put("sellerEntityType", "PUBLIC_INSTITUTION");
        body.put("buyerCreditCode", creditCodeOf(buyer));
        body.put("buyerEntityType", "ENTERPRISE");
        body.put("signingDate", LocalDate.now().minusDays(3).toString());
        body.put("validFrom", LocalDate.now().minusDays(3).toString());
        body.put("validTo", LocalDate.now().plusYears(2).toString());
        body.put("contractAmountFen", 50_000_000L);
        body.put("transactionAmountFen", 40_000_000L);
        body.put("equipmentCostFen", 10_000_000L);
        body.put("paymentTerms", "分三期支付");
        return body;
    }

    public String creditCodeOf(Person person) {
        return organisations.get(person.organisationId()).creditCode;
    }

    public static String uniqueProject() {
        return AccountFixtures.uniqueName("合同项目");
    }
}
