/* plx-loader-files.c: the loader's reading of folders and files, within bounds
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plx-error.h"
#include "plx-fetcher.h"
#include "plx-html-page.h"
#include "plx-loader-private.h"

#define MAX_DEPTH       32

#define FOLDER_ATTRIBUTES \
  G_FILE_ATTRIBUTE_STANDARD_NAME "," \
  G_FILE_ATTRIBUTE_STANDARD_TYPE "," \
  G_FILE_ATTRIBUTE_STANDARD_SIZE "," \
  G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN "," \
  G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK "," \
  G_FILE_ATTRIBUTE_ID_FILE "," \
  PLX_FETCH_ORIGIN_ATTRIBUTE

/* ---- Bounds --------------------------------------------------------- */

/* Whether @path is @root or lies under it; both absolute and canonical. */
static gboolean
path_is_inside (const char *path,
                const char *root)
{
  gsize n = strlen (root);

  if (n > 0 && root[n - 1] == '/')
    n--;

  return strncmp (path, root, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

/* The canonical path of @folder with every symbolic link resolved: the
 * bound of a corpus opened there, or through a link to it. %NULL for a
 * location that is not local. */
char *
_plx_loader_real_folder_path (GFile *folder)
{
  g_autofree char *path = g_file_get_path (folder);
  char *real;

  if (path == NULL)
    return NULL;

  real = realpath (path, NULL);

  return real != NULL ? real : g_canonicalize_filename (path, NULL);
}

/* Corpora are shared: one must not be a way to read the private files
 * of whoever opens it. A corpus.json may name "../../.ssh/id_rsa" or an
 * absolute path; a folder may hold "notes.txt -> ~/.ssh/id_rsa", or a
 * link to a folder that holds one. A file must really lie inside the
 * folder that was opened (@real_folder, from real_folder_path()), with
 * every ".." and every symbolic link along the way resolved: the file
 * returned is the resolved one, so a link swapped in later is not
 * followed. A user who wants files from further out opens that folder
 * instead. A name that does not resolve (missing, a link loop, in a
 * folder that cannot be read) is judged as written and then fails to
 * load with its own message. Returns %NULL for a file outside. */
GFile *
_plx_loader_resolve_inside_folder (GFile      *folder,
                                   const char *real_folder,
                                   const char *name)
{
  g_autofree char *written = NULL;
  g_autofree char *real = NULL;

  if (real_folder == NULL)
    {
      /* Not a local path (a remote location): no links to resolve. */
      g_autoptr(GFile) file = g_file_resolve_relative_path (folder, name);

      return g_file_has_prefix (file, folder) ? g_steal_pointer (&file) : NULL;
    }

  written = g_canonicalize_filename (name, real_folder);
  real = realpath (written, NULL);
  if (real != NULL)
    return path_is_inside (real, real_folder) ? g_file_new_for_path (real) : NULL;

  return path_is_inside (written, real_folder) ? g_file_new_for_path (written) : NULL;
}

/* ---- Folders --------------------------------------------------------- */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  GFileInfo *info_a = *(GFileInfo **)a;
  GFileInfo *info_b = *(GFileInfo **)b;

  return g_strcmp0 (g_file_info_get_name (info_a), g_file_info_get_name (info_b));
}

/* A named pipe would hold the loader until something writes to it, and
 * a device may never end or may act when opened: only regular files
 * are read. */
char *
_plx_loader_not_regular_message (const char *display)
{
  /* Translators: %s is a file of the corpus */
  return g_strdup_printf (_("%s: not a regular file (a named pipe, a device or a socket); skipped"), display);
}

/* Why @info, a link followed out of the folder opened, is skipped. */
static char *
outside_message (GFileInfo  *info,
                 const char *display)
{
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    /* Translators: %s is a symbolic link in a corpus folder */
    return g_strdup_printf (_("%s: a symbolic link to a folder outside the corpus folder; skipped"), display);

  /* Translators: %s is a symbolic link in a corpus folder */
  return g_strdup_printf (_("%s: a symbolic link to a file outside the corpus folder; skipped"), display);
}

static void
collect_child (FolderWalk *walk,
               GFile      *folder,
               GFileInfo  *info,
               const char *prefix,
               guint       depth)
{
  const char *name = g_file_info_get_name (info);
  GFileType type = g_file_info_get_file_type (info);
  const char *file_id = g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE);
  gboolean corpus_file = _plx_loader_has_text_extension (name) || plx_html_is_page_name (name);
  g_autofree char *display = g_strconcat (prefix, name, NULL);
  g_autoptr(GFile) child = g_file_get_child (folder, name);
  g_autofree char *message = NULL;

  if (name[0] == '.' || g_file_info_get_is_hidden (info))
    return;
  if (!corpus_file && type != G_FILE_TYPE_DIRECTORY && type != G_FILE_TYPE_SYMBOLIC_LINK)
    return;

  /* The listing follows links; one that ends outside the folder opened
   * is not (see resolve_inside_folder()), and one inside is read as the
   * file it ends at. A broken link or a loop has the type of a link. */
  if (g_file_info_get_is_symlink (info) && type != G_FILE_TYPE_SYMBOLIC_LINK)
    {
      g_autoptr(GFile) real = _plx_loader_resolve_inside_folder (walk->root, walk->real_root, display);

      if (real == NULL)
        {
          message = outside_message (info, display);
          plx_corpus_add_warning (walk->corpus, message);
          return;
        }
      g_set_object (&child, real);
    }

  switch (type)
    {
    case G_FILE_TYPE_DIRECTORY:
      if (depth >= MAX_DEPTH)
        message = g_strdup_printf (_("%s: folders nested too deep (more than %d levels); skipped"),
                                   display, MAX_DEPTH);
      else if (file_id != NULL && !g_hash_table_add (walk->visited, g_strdup (file_id)))
        message = g_strdup_printf (_("%s: a link to a folder that is already read; skipped"), display);
      else
        {
          g_autofree char *sub_prefix = g_strconcat (display, "/", NULL);

          _plx_loader_collect_folder (walk, child, sub_prefix, depth + 1);
        }
      break;

    case G_FILE_TYPE_SYMBOLIC_LINK:
      /* Following the link failed: it is broken or loops. */
      message = g_strdup_printf (_("%s: a broken symbolic link or a link loop; skipped"), display);
      break;

    case G_FILE_TYPE_REGULAR:
      {
        Source *source = _plx_loader_source_new_for_file (child, display, g_file_info_get_size (info));

        source->origin = g_strdup (g_file_info_get_attribute_string (info, PLX_FETCH_ORIGIN_ATTRIBUTE));
        g_ptr_array_add (walk->sources, source);
      }
      break;

    case G_FILE_TYPE_SPECIAL:
      message = _plx_loader_not_regular_message (display);
      break;

    case G_FILE_TYPE_UNKNOWN:
    case G_FILE_TYPE_SHORTCUT:
    case G_FILE_TYPE_MOUNTABLE:
    default:
      break;
    }

  if (message != NULL)
    plx_corpus_add_warning (walk->corpus, message);
}

void
_plx_loader_collect_folder (FolderWalk *walk,
                            GFile      *folder,
                            const char *prefix,
                            guint       depth)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GFileInfo *info;

  enumerator = g_file_enumerate_children (folder, FOLDER_ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                                          walk->cancellable, &error);
  if (enumerator == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s: cannot read the folder: %s"),
                                                  *prefix ? prefix : ".", error->message);

      plx_corpus_add_warning (walk->corpus, message);
      return;
    }

  while ((info = g_file_enumerator_next_file (enumerator, walk->cancellable, NULL)) != NULL)
    g_ptr_array_add (infos, info);
  g_ptr_array_sort (infos, compare_names);

  for (guint i = 0; i < infos->len; i++)
    collect_child (walk, folder, g_ptr_array_index (infos, i), prefix, depth);
}

/* ---- Reading a file -------------------------------------------------- */

static void
set_too_large_error (GError **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
               _("the file is larger than %u MB"), (guint) (MAX_FILE_SIZE / (1024 * 1024)));
}

/* Opens @file to read, and fills @st. open() on a named pipe waits for
 * a writer, and a device may never end: a local file is opened without
 * waiting, and read only if it is a regular file. A location that is
 * not local (no path) is opened through GIO, and @st left zeroed. */
static GInputStream *
open_regular_file (GFile         *file,
                   struct stat   *st,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  GFileInputStream *stream;
  int fd;

  memset (st, 0, sizeof *st);
  if (path == NULL)
    {
      stream = g_file_read (file, cancellable, error);
      return stream != NULL ? G_INPUT_STREAM (stream) : NULL;
    }

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
      return NULL;
    }
  if (fstat (fd, st) != 0 || !S_ISREG (st->st_mode))
    {
      g_close (fd, NULL);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("not a regular file"));
      return NULL;
    }
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);

  return g_unix_input_stream_new (fd, TRUE);
}

/* Whether the file read through @stream changed since @before (its size
 * or modification time) or @length bytes were not all of it: a program
 * was still writing it. Only local files can tell. */
static gboolean
changed_while_read (GInputStream      *stream,
                    const struct stat *before,
                    gsize              length)
{
  struct stat after;

  if (!G_IS_UNIX_INPUT_STREAM (stream) ||
      fstat (g_unix_input_stream_get_fd (G_UNIX_INPUT_STREAM (stream)), &after) != 0)
    return FALSE;

  return (guint64) before->st_size != length || after.st_size != before->st_size ||
         after.st_mtim.tv_sec != before->st_mtim.tv_sec || after.st_mtim.tv_nsec != before->st_mtim.tv_nsec;
}

/* Reads @file whole, as g_file_load_contents() does, but stops with
 * G_IO_ERROR_MESSAGE_TOO_LARGE past MAX_FILE_SIZE bytes (a file can
 * grow between the listing and the read), refuses what is not a regular
 * file (see open_regular_file()), and fails with %PLX_ERROR_CHANGED if
 * the file changed while it was read, rather than give a torn text. The
 * contents end with a NUL byte. */
gboolean
_plx_loader_load_bounded (GFile         *file,
                          GCancellable  *cancellable,
                          char         **contents,
                          gsize         *length,
                          GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  gsize chunk = 64 * 1024;
  struct stat before;

  stream = open_regular_file (file, &before, cancellable, error);
  if (stream == NULL)
    return FALSE;
  if ((guint64) before.st_size > MAX_FILE_SIZE)
    {
      set_too_large_error (error);
      return FALSE;
    }

  for (;;)
    {
      gsize start = bytes->len;
      gsize n_read = 0;

      g_byte_array_set_size (bytes, start + chunk);
      if (!g_input_stream_read_all (stream, bytes->data + start, chunk, &n_read, cancellable, error))
        return FALSE;
      g_byte_array_set_size (bytes, start + n_read);

      if (n_read < chunk)
        break;
      if (bytes->len > MAX_FILE_SIZE)
        {
          set_too_large_error (error);
          return FALSE;
        }
      /* Fewer, larger reads for big files. */
      chunk = MIN (chunk * 2, 8 * 1024 * 1024);
    }

  if (changed_while_read (stream, &before, bytes->len))
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_CHANGED, _("the file changed while it was read"));
      return FALSE;
    }

  *length = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);
  *contents = (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);

  return TRUE;
}
