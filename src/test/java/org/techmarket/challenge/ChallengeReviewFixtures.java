package org.techmarket.challenge;

import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.techmarket.account.AccountFixtures;
import org.techmarket.account.AccountFixtures.Person;
import org.techmarket.account.OrganisationService;
import org.techmarket.account.OrganisationType;
import org.techmarket.common.Roles;
import org.techmarket.voucher.VoucherFixtures;

/**
 * Challenges whose deadline has passed, made directly in the database as the teams' side would leave them: an
 * enterprise owner, two criteria weighted 3 and 1 on a scale of 10, one submission per team; and the steps of
 * the review over the API.
 */
@ApplicationScoped
public class ChallengeReviewFixtures {

    public static final long BOUNTY_FEN = 50_000_000L;

    @Inject
    AccountFixtures accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    EntityManager em;

    public record Team(Person member, long organisationId, long submissionId) {
    }

    /** A CLOSED challenge: the owner's member, its staff member, the criteria (weights 3, 1) and the teams. */
    public record Closed(long id, Person owner, Person staff, long quality, long cost, List<Team> teams) {
        public Team team(int i) {
            return teams.get(i);
        }
    }

    public Person reviewer() {
        return accounts.member(Roles.REVIEWER, organisations.marketOrganisation().id);
    }

    public Closed closed(int teams) {
        Person owner = accounts.enterprise();
        Person staff = accounts.staff();
        List<Person> members = new ArrayList<>();
        for (int i = 0; i < teams; i++) {
            members.add(i % 2 == 0 ? accounts.researcher() : accounts.member(Roles.RESEARCHER,
                    accounts.organisation(OrganisationType.INSTITUTE, true).id));
        }
        return insert(owner, staff, members);
    }

    @Transactional
    Closed insert(Person owner, Person staff, List<Person> members) {
        Challenge c = new Challenge();
        c.title = "评审测试揭榜项目" + AccountFixtures.uniqueName("");
        c.problem = "高寒地区光伏组件积灰的自动清洁";
        c.source = ChallengeSource.GOVERNMENT;
        c.ownerOrganisationId = owner.organisationId();
        c.bountyFen = BOUNTY_FEN;
        c.eligibility = "已认证的高校、科研院所和企业";
        c.scoreMax = 10;
        c.deadline = OffsetDateTime.now().minusDays(1);
        c.openedAt = OffsetDateTime.now().minusDays(30);
        c.closedAt = c.deadline;
        c.stage = ChallengeStage.CLOSED;
        c.createdBy = staff.id();
        em.persist(c);
        long quality = criterion(c.id, 1, "技术先进性", 3);
        long cost = criterion(c.id, 2, "经费合理性", 1);
        List<Team> teams = new ArrayList<>();
        int n = 0;
        for (Person member : members) {
            ChallengeSubmission s = new ChallengeSubmission();
            s.challengeId = c.id;
            s.organisationId = member.organisationId();
            s.title = "清洁方案" + (++n);
            s.description = "基于静电除尘的光伏板清洁装置";
            s.teamMembers = "张工、李工";
            s.plan = "一年内完成样机";
            s.budgetFen = 30_000_000L;
            s.submittedBy = member.id();
            s.submittedAt = OffsetDateTime.now().minusDays(2);
            em.persist(s);
            teams.add(new Team(member, member.organisationId(), s.id));
        }
        return new Closed(c.id, owner, staff, quality, cost, teams);
    }

    private long criterion(long challengeId, int position, String name, int weight) {
        ChallengeCriterion k = new ChallengeCriterion();
        k.challengeId = challengeId;
        k.position = (short) position;
        k.name = name;
        k.weight = (short) weight;
        em.persist(k);
        return k.id;
    }

    /**
     * A challenge still OPEN (deadline tomorrow) whose submission was, against every rule, invited and assigned to
     * the reviewer straight in the database: the reads must still keep the submission sealed.
     */
    @Transactional
    public Closed sealedAssignment(Person reviewer, Person staff) {
        Closed open = insert(accounts.enterprise(), staff, List.of(accounts.researcher()));
        em.createNativeQuery("UPDATE challenge SET stage = 'OPEN', deadline = now() + interval '1 day' WHERE id = :c")
                .setParameter("c", open.id()).executeUpdate();
        long submission = open.team(0).submissionId();
        em.createNativeQuery("INSERT INTO challenge_reviewer (challenge_id, reviewer_id, invited_by) VALUES (:c, :r, :s)")
                .setParameter("c", open.id()).setParameter("r", reviewer.id()).setParameter("s", staff.id()).executeUpdate();
        em.createNativeQuery("INSERT INTO challenge_assignment (submission_id, reviewer_id, assigned_by) VALUES (:x, :r, :s)")
                .setParameter("x", submission).setParameter("r", reviewer.id()).setParameter("s", staff.id()).executeUpdate();
        return open;
    }

    /** The publicity's clock moved on: the objection period ended a minute ago. */
    @Transactional
    public void endObjectionPeriod(long challengeId) {
        em.createNativeQuery("UPDATE challenge SET objection_ends_at = now() - interval '1 minute' WHERE id = :c")
                .setParameter("c", challengeId).executeUpdate();
    }

    public static RequestSpecification as(Person p) {
        return VoucherFixtures.as(p);
    }

    /** Staff invite each reviewer and assign them every submission, then start the review. */
    public void underReview(Closed c, Person... reviewers) {
        for (Person r : reviewers) {
            as(c.staff()).body(Map.of("reviewerId", r.id())).post("/api/v1/challenges/{id}/reviewers", c.id())
                    .then().statusCode(200);
            for (Team t : c.teams()) {
                as(c.staff()).body(Map.of("submissionId", t.submissionId(), "reviewerId", r.id()))
                        .post("/api/v1/challenges/{id}/assignments", c.id()).then().statusCode(200);
            }
        }
        as(c.staff()).post("/api/v1/challenges/{id}/review", c.id()).then().statusCode(200);
    }

    public static Map<String, Object> scores(Closed c, int quality, int cost) {
        return Map.of("scores", List.of(Map.of("criterionId", c.quality(), "score", quality),
                Map.of("criterionId", c.cost(), "score", cost)), "comment", "思路清晰");
    }

    public void score(Closed c, Person reviewer, Team team, int quality, int cost) {
        as(reviewer).body(scores(c, quality, cost)).put("/api/v1/reviewer/submissions/{id}/scores", team.submissionId())
                .then().statusCode(200);
    }

    /** Every review in, the first team shortlisted and the winner of the final round. */
    public void finalRound(Closed c) {
        as(c.staff()).body(Map.of("submissionIds", List.of(c.team(0).submissionId())))
                .put("/api/v1/challenges/{id}/shortlist", c.id()).then().statusCode(200);
        as(c.staff()).body(Map.of("scores", List.of(Map.of("submissionId", c.team(0).submissionId(), "score", 88.5)),
                "winnerSubmissionId", c.team(0).submissionId(), "note", "答辩表现突出"))
                .post("/api/v1/challenges/{id}/final", c.id()).then().statusCode(200);
    }

    /** A challenge publicised with its winner (team 0), reviewed by one reviewer. */
    public Closed publicised() {
        Closed c = closed(2);
        Person reviewer = reviewer();
        underReview(c, reviewer);
        c.teams().forEach(t -> score(c, reviewer, t, 7, 7));
        finalRound(c);
        as(c.staff()).post("/api/v1/challenges/{id}/publicity", c.id()).then().statusCode(200);
        return c;
    }
}
