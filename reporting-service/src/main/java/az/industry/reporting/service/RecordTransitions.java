package az.industry.reporting.service;

import java.util.Map;
import java.util.UUID;

import az.industry.reporting.model.IncomingEvent;

/**
 * One new event's effect: its record's state moves (recorded, voided, in either order) and the totals change by the
 * record once when it starts or stops counting; an event that changes nothing about counting changes no total.
 */
final class RecordTransitions {

    private RecordTransitions() {
    }

    /** Applies {@code event} to its record's state in {@code states} (added if new) and its effect to {@code deltas}. */
    static void apply(Map<UUID, RecordState> states, IncomingEvent event, Deltas deltas) {
        RecordState state = states.computeIfAbsent(event.record().id(), id -> RecordState.of(event.record()));
        if (state.details == null) { // a row projected before V3: the event brings its details
            state.details = RecordState.Details.of(event.record());
            state.changed = true;
            if (state.counts()) {
                deltas.addDetails(state, 1); // it counted in none of the company and product tables
            }
        }
        state.learnWho(event.record());
        boolean countedBefore = state.counts();
        if (event.voiding()) {
            state.changed |= !state.voided;
            state.voided = true;
        } else {
            state.changed |= !state.recorded;
            state.recorded = true;
        }
        if (countedBefore != state.counts()) {
            deltas.add(state, state.counts() ? 1 : -1);
        }
    }
}
