/** {@code /api/v1/categories}: what reports are about, their deadlines and default agencies. */
package id.aduanterbuka.api.category;
