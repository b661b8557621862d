package vn.motcua.tracking.scorecard.domain;

/**
 * What the platform counted for one agency (or the province) in one month, from its stored aggregates: the
 * dossiers of reports 06a/06b, the ratings, the feedback, the components received and digitised, and (from
 * intake's portal sync) the dossiers received and those the national portal holds. Everything the scorecard
 * computes comes from these.
 */
public record ScorecardFigures(
        long receivedOnline,
        long receivedCounter,
        long resolvedEarly,
        long resolvedOnTime,
        long resolvedLate,
        long inProgressWithinDeadline,
        long inProgressOverdue,
        long ratedVerySatisfied,
        long ratedSatisfied,
        long ratedDissatisfied,
        long feedbackFiled,
        long feedbackAboutDossier,
        long feedbackAnsweredOnTime,
        long feedbackAnsweredLate,
        long feedbackSatisfied,
        long feedbackDissatisfied,
        long componentsReceived,
        long componentsDigitised,
        long portalReceived,
        long portalHeld) {

    public static final ScorecardFigures ZERO =
            new ScorecardFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** intake's count of a month's dossiers received, and of those the national portal holds. */
    public static ScorecardFigures portal(long received, long held) {
        return new ScorecardFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, received, held);
    }

    public long resolved() {
        return resolvedEarly + resolvedOnTime + resolvedLate;
    }

    public ScorecardFigures plus(ScorecardFigures o) {
        return new ScorecardFigures(
                receivedOnline + o.receivedOnline,
                receivedCounter + o.receivedCounter,
                resolvedEarly + o.resolvedEarly,
                resolvedOnTime + o.resolvedOnTime,
                resolvedLate + o.resolvedLate,
                inProgressWithinDeadline + o.inProgressWithinDeadline,
                inProgressOverdue + o.inProgressOverdue,
                ratedVerySatisfied + o.ratedVerySatisfied,
                ratedSatisfied + o.ratedSatisfied,
                ratedDissatisfied + o.ratedDissatisfied,
                feedbackFiled + o.feedbackFiled,
                feedbackAboutDossier + o.feedbackAboutDossier,
                feedbackAnsweredOnTime + o.feedbackAnsweredOnTime,
                feedbackAnsweredLate + o.feedbackAnsweredLate,
                feedbackSatisfied + o.feedbackSatisfied,
                feedbackDissatisfied + o.feedbackDissatisfied,
                componentsReceived + o.componentsReceived,
                componentsDigitised + o.componentsDigitised,
                portalReceived + o.portalReceived,
                portalHeld + o.portalHeld);
    }
}
