package az.industry.common.model;

import az.industry.contracts.zone.Sector;

/** A request body that records one fact: what the write flow needs of every kind (its zone and sector). */
public interface NewRecord {

    /** The zone the record is for; the caller's token must allow writing for it. */
    String zoneId();

    /** The sector the record counts in. */
    Sector sector();
}
