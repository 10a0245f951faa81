/**
 * Facts about this running instance as a whole: headline counts and whether its database answers.
 */
package id.aduanterbuka.instance;
