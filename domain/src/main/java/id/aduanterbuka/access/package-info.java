/**
 * API keys: who a caller of the API is when it says so. Keys are issued per agency (OPD), operator
 * or reader by the instance's operator, stored only as a hash, and give their holder an own rate
 * limit now and, later, the right to add events to complaints routed to their agency.
 */
package id.aduanterbuka.access;
