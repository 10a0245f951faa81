/** Atom feeds of new and of resolved complaints, per agency and per category. */
package id.aduanterbuka.api.feed;
