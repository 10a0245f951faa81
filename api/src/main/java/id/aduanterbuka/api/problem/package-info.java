/** Every error the API returns is an RFC 9457 problem document, made here and only here. */
package id.aduanterbuka.api.problem;
