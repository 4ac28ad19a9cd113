#include "util/system_error.h"

#include "util/exit_codes.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace autodiag {

namespace {

// The folder a file is written in, as the user would name it.
Message folder_of(const std::string& path) {
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (parent.empty()) return msg("le dossier courant", "the current folder");
  return msg("le dossier « {} »", "the folder '{}'", parent.string());
}

}  // namespace

Message system_reason(int error, Access access, const std::string& path) {
  bool reading = access == Access::read;
  switch (error) {
    case ENOENT:
      if (reading) return msg("le fichier n'existe pas (vérifiez son nom et le dossier où vous êtes)",
                              "the file does not exist (check its name and the folder you are in)");
      return msg("{0} n'existe pas", "{1} does not exist", folder_of(path).fr, folder_of(path).en);
    case EACCES:
    case EPERM:
      if (reading) return msg("accès refusé : vous n'avez pas le droit de lire ce fichier",
                              "access denied: you are not allowed to read this file");
      return Message{"accès refusé : vous n'avez pas le droit d'écrire dans " + folder_of(path).fr +
                         " (choisissez-en un autre avec -o, par exemple dans votre dossier personnel)",
                     "access denied: you are not allowed to write in " + folder_of(path).en +
                         " (choose another one with -o, for example in your home folder)"};
    case EROFS: return msg("le disque est en lecture seule", "the disk is read-only");
    case ENOSPC: return msg("le disque est plein", "the disk is full");
    case EDQUOT: return msg("votre quota d'espace disque est atteint", "your disk quota is reached");
    case EISDIR: return msg("c'est un dossier, pas un fichier", "it is a folder, not a file");
    case ENOTDIR: return msg("une partie du chemin n'est pas un dossier", "part of the path is not a folder");
    case ENAMETOOLONG: return msg("le nom du fichier est trop long", "the file name is too long");
    case ELOOP: return msg("trop de liens symboliques (une boucle de liens ?)", "too many symbolic links (a loop of links?)");
    case EMFILE:
    case ENFILE: return msg("trop de fichiers ouverts à la fois", "too many files open at once");
    case EBUSY:
    case ETXTBSY: return msg("le fichier est utilisé par un autre programme", "the file is in use by another program");
    case EFBIG: return msg("le fichier est trop gros pour ce disque", "the file is too large for this disk");
    case EIO: return msg("erreur de lecture ou d'écriture du disque (clé USB retirée ou disque abîmé ?)",
                         "the disk failed to read or write (USB stick removed or damaged disk?)");
    case EPIPE: return msg("le programme qui lisait la sortie s'est arrêté", "the program reading the output stopped");
    default: break;
  }
  // Rare cases: the system's own words, with the number to search for.
  return msg("erreur système {} ({})", "system error {} ({})", error, std::strerror(error));
}

Failure read_failure(const std::string& path, int error) {
  Message why = system_reason(error, Access::read, path);
  return Failure(exit_code::no_input, msg("impossible de lire {0} : {1}", "cannot read {0}: {2}", path, why.fr, why.en));
}

Failure write_failure(const std::string& path, int error) {
  Message why = system_reason(error, Access::write, path);
  return Failure(exit_code::cannot_write, msg("impossible d'écrire {0} : {1}", "cannot write {0}: {2}", path, why.fr, why.en));
}

}  // namespace autodiag
