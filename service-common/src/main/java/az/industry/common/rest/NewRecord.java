package az.industry.common.rest;

/** A request body that records one fact: what the write flow needs of every kind (the zone it is for). */
public interface NewRecord {

    /** The zone the record is for; the caller's token must allow writing for it. */
    String zoneId();
}
