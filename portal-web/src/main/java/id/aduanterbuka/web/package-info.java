/**
 * The public portal: server-rendered, stateless Jakarta Faces pages that read through the domain's
 * application services. This module also assembles the single WAR.
 */
package id.aduanterbuka.web;
