/* plx-fetcher.h: web pages downloaded into a corpus folder
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PLX_FETCH_ERROR (plx_fetch_error_quark ())

/**
 * PlxFetchError:
 * @PLX_FETCH_ERROR_FAILED: the server could not be reached or the
 *   connection broke (the message says why)
 * @PLX_FETCH_ERROR_ADDRESS: not an http:// or https:// address, or a
 *   redirect to something else
 * @PLX_FETCH_ERROR_STATUS: the server answered with an error status
 *   (404 Not Found...)
 * @PLX_FETCH_ERROR_REDIRECTS: more redirects than the limit
 * @PLX_FETCH_ERROR_REDIRECT_LOOP: the redirects lead back to an address
 *   already asked
 * @PLX_FETCH_ERROR_TYPE: not a web page or plain text (an image, a PDF...)
 * @PLX_FETCH_ERROR_TOO_LARGE: larger than the size limit
 * @PLX_FETCH_ERROR_EMPTY: the server sent nothing
 * @PLX_FETCH_ERROR_TIMED_OUT: the server sent nothing for longer than
 *   the timeout
 * @PLX_FETCH_ERROR_SAVE: the page could not be written into the folder
 */
typedef enum
{
  PLX_FETCH_ERROR_FAILED,
  PLX_FETCH_ERROR_ADDRESS,
  PLX_FETCH_ERROR_STATUS,
  PLX_FETCH_ERROR_REDIRECTS,
  PLX_FETCH_ERROR_REDIRECT_LOOP,
  PLX_FETCH_ERROR_TYPE,
  PLX_FETCH_ERROR_TOO_LARGE,
  PLX_FETCH_ERROR_EMPTY,
  PLX_FETCH_ERROR_TIMED_OUT,
  PLX_FETCH_ERROR_SAVE,
} PlxFetchError;

/* The defaults, documented in README.md ("Pages from the web"). */
#define PLX_FETCH_TIMEOUT       30
#define PLX_FETCH_MAX_SIZE      (G_GINT64_CONSTANT (50) * 1000 * 1000)
#define PLX_FETCH_MAX_REDIRECTS 10
#define PLX_FETCH_MAX_PARALLEL  4

/* Where a saved page came from, as browsers record it: the
 * freedesktop.org extended attribute user.xdg.origin.url. The loader
 * reads it for a page that names no address of its own. */
#define PLX_FETCH_ORIGIN_ATTRIBUTE "xattr::xdg.origin.url"

/**
 * PlxFetchProgressFunc:
 * @received: the bytes of the page received so far
 * @expected: its size as the server announced it, or -1 if unknown
 * @user_data: the data given with the function
 *
 * Reports a download's progress, in the main context it was started in.
 */
typedef void (*PlxFetchProgressFunc) (goffset  received,
                                      goffset  expected,
                                      gpointer user_data);

/**
 * PlxFetchKeepFunc:
 * @download: the page, complete, in a hidden file of the folder
 * @address: where it came from, after any redirect
 * @extension: what it is to be saved as: ".html" or ".txt"
 * @user_data: the data given with the function
 * @error: return location for a #GError, to fail the fetch with
 *
 * Decides whether a page downloaded is saved, before it takes a name:
 * Check for Updates keeps only a page whose article changed. Called in
 * a worker thread: @user_data must be safe to read there.
 *
 * Returns: %TRUE to save the page; %FALSE to drop it, when the fetch
 *   ends with no file and no error, or to fail it with @error set
 */
typedef gboolean (*PlxFetchKeepFunc) (GFile       *download,
                                      const char  *address,
                                      const char  *extension,
                                      gpointer     user_data,
                                      GError     **error);

#define PLX_TYPE_FETCHER (plx_fetcher_get_type ())

G_DECLARE_FINAL_TYPE (PlxFetcher, plx_fetcher, PLX, FETCHER, GObject)

GQuark      plx_fetch_error_quark         (void);

PlxFetcher *plx_fetcher_new               (void);
guint       plx_fetcher_get_timeout       (PlxFetcher           *self);
void        plx_fetcher_set_timeout       (PlxFetcher           *self,
                                           guint                 seconds);
goffset     plx_fetcher_get_max_size      (PlxFetcher           *self);
void        plx_fetcher_set_max_size      (PlxFetcher           *self,
                                           goffset               max_size);
guint       plx_fetcher_get_max_redirects (PlxFetcher           *self);
void        plx_fetcher_set_max_redirects (PlxFetcher           *self,
                                           guint                 max_redirects);
void        plx_fetcher_fetch_async       (PlxFetcher           *self,
                                           const char           *address,
                                           GFile                *folder,
                                           GCancellable         *cancellable,
                                           PlxFetchProgressFunc  progress,
                                           gpointer              progress_data,
                                           GDestroyNotify        progress_data_destroy,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
void        plx_fetcher_fetch_full_async  (PlxFetcher           *self,
                                           const char           *address,
                                           GFile                *folder,
                                           const char           *name,
                                           PlxFetchKeepFunc      keep,
                                           gpointer              keep_data,
                                           GDestroyNotify        keep_data_destroy,
                                           GCancellable         *cancellable,
                                           PlxFetchProgressFunc  progress,
                                           gpointer              progress_data,
                                           GDestroyNotify        progress_data_destroy,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
GFile      *plx_fetcher_fetch_finish      (PlxFetcher           *self,
                                           GAsyncResult         *result,
                                           GError              **error);

char      **plx_fetch_split_addresses     (const char           *text);
char       *plx_fetch_file_stem           (const char           *address);

G_END_DECLS
