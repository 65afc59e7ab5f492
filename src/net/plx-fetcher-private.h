/* plx-fetcher-private.h: what the fetcher's files share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libsoup/soup.h>

#include "plx-fetcher.h"

G_BEGIN_DECLS

/* plx-fetch-address.c */
gboolean  _plx_fetch_is_web_scheme (const char  *scheme);
GUri     *_plx_fetch_parse_address (const char  *address,
                                    GError     **error);

/* The object (plx-fetcher.c) */
struct _PlxFetcher
{
  GObject      parent_instance;

  SoupSession *session;
  guint        timeout;        /* seconds of silence before giving up; 0: none */
  goffset      max_size;
  guint        max_redirects;
  guint        n_running;
  GQueue       waiting;        /* of GTask, fetches not started yet */
};

/* One fetch (plx-fetch.c) */

/* One address being fetched: the data of its GTask. Only one
 * asynchronous operation of a fetch is ever pending. */
typedef struct
{
  char                 *address;      /* as asked: messages name it */
  GUri                 *uri;          /* asked now: the address, or where it led */
  GFile                *folder;
  GHashTable           *visited;      /* the addresses asked, to tell a loop */
  guint                 n_redirects;

  GCancellable         *cancellable;  /* ours: the caller's and the timeout cancel it */
  GCancellable         *caller_cancellable;
  gulong                cancelled_id;
  GSource              *timeout;
  gboolean              timed_out;

  SoupMessage          *message;
  char                 *sniffed_type;
  GInputStream         *body;
  const char           *extension;    /* ".html" or ".txt" */
  goffset               received;
  goffset               expected;     /* the announced size, or -1 */
  GBytes               *chunk;        /* being written */

  GFile                *part;         /* the download so far, hidden */
  guint                 part_attempts;
  GOutputStream        *output;
  GFile                *saved;
  GError               *error;        /* of a failed fetch, while it cleans up */

  PlxFetchProgressFunc  progress;
  gpointer              progress_data;
  GDestroyNotify        progress_data_destroy;

  char                 *name;         /* the stem to save as, or NULL: from the address */
  PlxFetchKeepFunc      keep;         /* whether to save a complete download, or NULL */
  gpointer              keep_data;
  GDestroyNotify        keep_data_destroy;
  gboolean              dropped;      /* keep said no: no file, no error */
} Fetch;

void      _plx_fetch_start         (GTask       *task);
void      _plx_fetcher_start_next  (PlxFetcher  *self);
void      _plx_fetch_free          (gpointer     data);

G_END_DECLS
