/**
 * Government agencies (OPD: dinas, badan, RSUD, BUMD such as PDAM…) and their official channels —
 * the social-media accounts, call centres and SMS numbers through which citizens reach them.
 */
package id.aduanterbuka.agency;
