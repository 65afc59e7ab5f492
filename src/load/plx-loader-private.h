/* plx-loader-private.h: what the loader's files share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plx-corpus.h"
#include "plx-loader.h"
#include "plx-manifest.h"

G_BEGIN_DECLS

#define MAX_FILE_SIZE   (G_GUINT64_CONSTANT (512) * 1024 * 1024)

typedef struct
{
  GFile            *file;       /* NULL for inline text */
  char             *display;    /* how messages name it */
  char             *file_name;  /* how the export names it; NULL for inline text */
  char             *id;
  guint64           size;
  char             *origin;     /* the address it was downloaded from, or NULL */
  PlxManifestEntry *entry;      /* borrowed; NULL for plain files */
} Source;

/* One reading of a folder and its sub-folders. */
typedef struct
{
  GFile        *root;       /* the folder opened */
  char         *real_root;  /* its real path (real_folder_path()) */
  GHashTable   *visited;    /* the file ids of the folders read */
  GPtrArray    *sources;
  PlxCorpus    *corpus;
  GCancellable *cancellable;
} FolderWalk;

/* plx-loader.c */
Source   *_plx_loader_source_new_for_file   (GFile         *file,
                                             const char    *display,
                                             guint64        size);
void      _plx_loader_source_free           (gpointer       data);
gboolean  _plx_loader_has_text_extension    (const char    *name);

/* plx-loader-files.c */
char     *_plx_loader_real_folder_path      (GFile         *folder);
GFile    *_plx_loader_resolve_inside_folder (GFile         *folder,
                                             const char    *real_folder,
                                             const char    *name);
char     *_plx_loader_not_regular_message   (const char    *display);
void      _plx_loader_collect_folder        (FolderWalk    *walk,
                                             GFile         *folder,
                                             const char    *prefix,
                                             guint          depth);
gboolean  _plx_loader_load_bounded          (GFile         *file,
                                             GCancellable  *cancellable,
                                             char         **contents,
                                             gsize         *length,
                                             GError       **error);

G_END_DECLS
